package org.parallax.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.TestDatabases;
import org.parallax.TestDatabases.Kind;
import org.parallax.TestDatabases.TestDatabase;
import org.parallax.access.Subscribers;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who holds All-Access, for the reviews: the same rule as every page's, on both databases. */
class SubscribersTest {

    private static final Instant NOW = Instant.parse("2026-03-16T07:00:00Z");

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void onlySubscriptionsThatGrantAccessNowCount(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            JdbcClient jdbc = JdbcClient.create(db.dataSource());
            long current = reader(jdbc, "current@harbour.example");
            long until = reader(jdbc, "until-april@harbour.example");
            long expired = reader(jdbc, "expired@harbour.example");
            long revoked = reader(jdbc, "revoked@harbour.example");
            long none = reader(jdbc, "registered@harbour.example");
            TestSubscribers.grant(db.dataSource(), current, NOW, null);
            TestSubscribers.grant(db.dataSource(), until, NOW, Instant.parse("2026-04-01T00:00:00Z"));
            TestSubscribers.grant(db.dataSource(), expired, NOW, Instant.parse("2026-03-01T00:00:00Z"));
            TestSubscribers.grant(db.dataSource(), revoked, NOW, null);
            jdbc.sql("update subscription set grants_access = ? where reader_id = ?").params(false, revoked).update();
            Subscribers subscribers = TestSubscribers.over(db.dataSource());

            assertThat(subscribers.holdingAllAccess(NOW)).containsExactlyInAnyOrder(current, until);
            assertThat(subscribers.holdingAllAccess(List.of(until, expired, revoked, none), NOW)).containsExactly(until);
            assertThat(subscribers.holdingAllAccess(List.of(), NOW)).isEmpty();
        }
    }

    private static long reader(JdbcClient jdbc, String email) {
        return jdbc.sql("insert into reader (email, role, created_at) values (?, 'READER', ?) returning id")
                .params(email, NOW.toEpochMilli())
                .query(Long.class)
                .single();
    }
}
