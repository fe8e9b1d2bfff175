package org.parallax.readers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.TestDatabases;
import org.parallax.TestDatabases.Kind;
import org.parallax.TestDatabases.TestDatabase;
import org.parallax.readers.Throttle;
import org.parallax.readers.Throttle.Limit;
import org.parallax.readers.internal.ReaderFixtures.MovingClock;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rate limits on both databases, including many attempts at once. */
class ThrottleTest {

    private static final Limit THREE_AN_HOUR = new Limit("test-sign-in", 3, Duration.ofHours(1));

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void allowsTheLimitPerSubjectAndWindowThenRefusesUntilTheNextWindow(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            MovingClock clock = new MovingClock();
            Throttle throttle = new JdbcThrottle(JdbcClient.create(db.dataSource()), clock);

            assertThat(List.of(throttle.allow(THREE_AN_HOUR, "ilse@harbour.example"),
                    throttle.allow(THREE_AN_HOUR, "ILSE@harbour.example "),
                    throttle.allow(THREE_AN_HOUR, "ilse@harbour.example"),
                    throttle.allow(THREE_AN_HOUR, "ilse@harbour.example"))).containsExactly(true, true, true, false);
            assertThat(throttle.allow(THREE_AN_HOUR, "otto@harbour.example")).isTrue();
            assertThat(throttle.allow(new Limit("test-other", 1, Duration.ofHours(1)), "ilse@harbour.example")).isTrue();

            clock.advance(Duration.ofHours(1));
            assertThat(throttle.allow(THREE_AN_HOUR, "ilse@harbour.example")).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void attemptsAtTheSameMomentAreEachCountedSoExactlyTheLimitGetsThrough(Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Throttle throttle = new JdbcThrottle(JdbcClient.create(db.dataSource()), new MovingClock());
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                attempts.add(() -> throttle.allow(THREE_AN_HOUR, "203.0.113.9"));
            }
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                long allowed = 0;
                for (Future<Boolean> result : pool.invokeAll(attempts)) {
                    allowed += result.get() ? 1 : 0;
                }
                assertThat(allowed).isEqualTo(3);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void storesOnlyAHashOfTheSubject(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            JdbcClient jdbc = JdbcClient.create(db.dataSource());
            new JdbcThrottle(jdbc, new MovingClock()).allow(THREE_AN_HOUR, "ilse@harbour.example");

            assertThat(jdbc.sql("select subject_hash from attempt").query(String.class).single())
                    .hasSize(64).doesNotContain("ilse");
        }
    }

    @org.junit.jupiter.api.Test
    void aLimitAllowsAtLeastOneAttemptInAPositiveWindow() {
        assertThatThrownBy(() -> new Limit("none", 0, Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Limit("never", 1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
