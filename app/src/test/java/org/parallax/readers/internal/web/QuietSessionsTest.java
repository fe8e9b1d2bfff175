package org.parallax.readers.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.TestDatabases;
import org.parallax.TestDatabases.Kind;
import org.parallax.TestDatabases.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionTemplate;

/** Reading a session does not write it back, until its last-access time is a minute old. */
class QuietSessionsTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aSessionReadAgainWithinAMinuteIsNotWrittenButAttributesAndOlderTouchesAre(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            JdbcIndexedSessionRepository stored = new JdbcIndexedSessionRepository(new JdbcTemplate(db.dataSource()),
                    new TransactionTemplate(new DataSourceTransactionManager(db.dataSource())));
            stored.setTableName("spring_session");
            QuietSessions sessions = new QuietSessions(stored);
            JdbcClient jdbc = JdbcClient.create(db.dataSource());

            QuietSessions.QuietSession session = sessions.createSession();
            session.setAttribute(ReaderSessions.READER_ID, 42L);
            session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "42");
            sessions.save(session);
            long written = lastAccess(jdbc, session.getId());

            QuietSessions.QuietSession again = sessions.findById(session.getId());
            again.setLastAccessedTime(Instant.ofEpochMilli(written).plusSeconds(20));
            sessions.save(again);
            assertThat(lastAccess(jdbc, session.getId())).as("read 20 s later: not written").isEqualTo(written);

            QuietSessions.QuietSession later = sessions.findById(session.getId());
            later.setLastAccessedTime(Instant.ofEpochMilli(written).plus(Duration.ofMinutes(2)));
            later.setAttribute("parallax.unlocked", "some-article");
            sessions.save(later);
            assertThat(lastAccess(jdbc, session.getId())).isEqualTo(written + Duration.ofMinutes(2).toMillis());
            assertThat((String) sessions.findById(session.getId()).getAttribute("parallax.unlocked")).isEqualTo("some-article");
            assertThat(sessions.findByPrincipalName("42")).containsOnlyKeys(session.getId());

            sessions.deleteById(session.getId());
            assertThat(sessions.findById(session.getId())).isNull();
        }
    }

    private static long lastAccess(JdbcClient jdbc, String sessionId) {
        return jdbc.sql("select last_access_time from spring_session where session_id = ?").param(sessionId)
                .query(Long.class).single();
    }
}
