package org.parallax.newsroom.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.TestDatabases;
import org.parallax.TestDatabases.Kind;
import org.parallax.TestDatabases.TestDatabase;
import org.parallax.newsroom.AuditEntry;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit log on both databases. */
class JdbcAuditLogTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void keepsWhoDidWhatNewestFirstAndCutsAPastedNovel(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Instant noon = Instant.parse("2026-03-16T12:00:00Z");
            JdbcAuditLog log = new JdbcAuditLog(JdbcClient.create(db.dataSource()), Clock.fixed(noon, ZoneOffset.UTC));

            log.record("ana@parallax.example", "create", "strait-briefing", "Ferries return");
            log.record("ben@parallax.example", "publish", "strait-briefing", "x".repeat(5000));
            log.record("scheduler", "publish", "quay-analysis", null);

            assertThat(log.latest(2)).extracting(AuditEntry::actor).containsExactly("scheduler", "ben@parallax.example");
            AuditEntry long_ = log.latest(2).get(1);
            assertThat(long_.detail()).hasSize(2001).endsWith("…");
            assertThat(long_.at()).isEqualTo(noon);
            assertThat(log.latest(10)).hasSize(3).last().satisfies(first -> {
                assertThat(first.action()).isEqualTo("create");
                assertThat(first.subject()).isEqualTo("strait-briefing");
                assertThat(first.detail()).isEqualTo("Ferries return");
            });
        }
    }
}
