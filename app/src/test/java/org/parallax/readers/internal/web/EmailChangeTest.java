package org.parallax.readers.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.readers.internal.web.Pages.body;
import static org.parallax.readers.internal.web.Pages.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.parallax.Inbox;
import org.parallax.SignedIn;
import org.parallax.WebTest;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.springframework.beans.factory.annotation.Autowired;

class EmailChangeTest extends WebTest {

    @Autowired
    Readers readers;

    @Test
    void theNewAddressGetsALinkTheOldOneANoticeAndTheLinkMovesTheAccount() throws Exception {
        String old = unique("moving");
        String fresh = unique("moved");
        Cookie session = SignedIn.as(mvc, readers, old, Role.READER);
        Reader reader = readers.byEmail(old).orElseThrow();

        mvc.perform(post("/account/email").cookie(session).with(csrf()).param("email", fresh))
                .andExpect(redirectedUrl("/account?done=email-sent"));
        assertThat(Inbox.latestText(old)).contains("asked to move it to another email");
        assertThat(readers.byEmail(old)).as("nothing moves before the link is used").isPresent();
        String link = Inbox.latestLink(fresh, "/account/email/confirm");

        // The link is opened on another device, not signed in: a page with a button, nothing used up.
        assertThat(body(mvc.perform(get(link)).andExpect(status().isOk()).andReturn().getResponse())).contains("Use this email");
        String done = body(mvc.perform(Pages.postLink(link)).andExpect(status().isOk()).andReturn().getResponse());

        assertThat(done).contains("Your account now uses " + fresh);
        assertThat(readers.reader(reader.id()).orElseThrow().email()).isEqualTo(fresh);
        assertThat(readers.byEmail(old)).isEmpty();
        assertThat(body(mvc.perform(Pages.postLink(link)).andExpect(status().isBadRequest()).andReturn().getResponse()))
                .contains("expired or was already used");
    }

    @Test
    void anAddressWithAnAccountGetsTheSameAnswerAndItsOwnerIsToldInstead() throws Exception {
        String asker = unique("asker");
        String taken = unique("taken");
        String free = unique("free");
        readers.register(taken);
        Cookie session = SignedIn.as(mvc, readers, asker, Role.READER);

        var toTaken = mvc.perform(post("/account/email").cookie(session).with(csrf()).param("email", taken)).andReturn().getResponse();
        var toFree = mvc.perform(post("/account/email").cookie(session).with(csrf()).param("email", free)).andReturn().getResponse();

        assertThat(toTaken.getStatus()).isEqualTo(toFree.getStatus()).isEqualTo(302);
        assertThat(toTaken.getRedirectedUrl()).isEqualTo(toFree.getRedirectedUrl());
        assertThat(Inbox.latestText(taken)).contains("already has its own account").doesNotContain("token=");
        assertThat(Inbox.latestText(free)).contains("/account/email/confirm?token=");
        assertThat(readers.byEmail(asker)).isPresent();
    }

    @Test
    void aMalformedOrUnchangedEmailIsExplained() throws Exception {
        String email = unique("same");
        Cookie session = SignedIn.as(mvc, readers, email, Role.READER);

        assertThat(body(mvc.perform(post("/account/email").cookie(session).with(csrf()).param("email", "nowhere"))
                .andExpect(status().isBadRequest()).andReturn().getResponse())).contains("does not look like an email address");
        assertThat(body(mvc.perform(post("/account/email").cookie(session).with(csrf()).param("email", email.toUpperCase()))
                .andExpect(status().isBadRequest()).andReturn().getResponse())).contains("already your email");
    }
}
