package org.parallax.readers.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.SessionRepository;

/** The application's sessions go through the store that does not write on every page view. */
class SessionStoreTest extends WebTest {

    @Autowired
    SessionRepository<?> sessions;

    @Test
    void theSessionStoreIsTheQuietOne() {
        assertThat(sessions).isInstanceOf(QuietSessions.class);
    }
}
