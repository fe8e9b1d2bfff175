package org.parallax.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.TestDatabases;
import org.parallax.TestDatabases.Kind;
import org.parallax.TestDatabases.TestDatabase;
import org.parallax.access.internal.MeterLedger.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The meter's tables on both databases, including readers racing for their last free article. */
class MeterLedgerTest {

    private static final Instant MARCH = Instant.parse("2026-03-14T07:30:00Z");
    private static final long ILSE = 1;
    private static final long OTTO = 2;

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aReaderUnlocksTheAllowanceThenIsRefusedWithTheCountUnchanged(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            MeterLedger ledger = ledger(db);

            assertThat(List.of(ledger.unlock(ILSE, "a", "2026-03", 3), ledger.unlock(ILSE, "b", "2026-03", 3),
                    ledger.unlock(ILSE, "c", "2026-03", 3), ledger.unlock(ILSE, "d", "2026-03", 3)))
                    .containsExactly(Outcome.UNLOCKED, Outcome.UNLOCKED, Outcome.UNLOCKED, Outcome.REFUSED);
            assertThat(ledger.used(ILSE, "2026-03")).isEqualTo(3);
            assertThat(ledger.unlocked(ILSE, "d")).as("a refused unlock leaves no row").isFalse();
            assertThat(ledger.unlocked(OTTO, "a")).as("unlocks are per reader").isFalse();
            assertThat(ledger.unlock(OTTO, "a", "2026-03", 3)).isEqualTo(Outcome.UNLOCKED);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void unlockingAnArticleAgainCostsNothingAndItStaysReadableInLaterPeriods(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            MeterLedger ledger = ledger(db);
            ledger.unlock(ILSE, "a", "2026-03", 3);

            assertThat(ledger.unlock(ILSE, "a", "2026-03", 3)).isEqualTo(Outcome.ALREADY_UNLOCKED);
            assertThat(ledger.used(ILSE, "2026-03")).isEqualTo(1);
            assertThat(ledger.unlock(ILSE, "a", "2026-04", 3)).as("next month").isEqualTo(Outcome.ALREADY_UNLOCKED);
            assertThat(ledger.used(ILSE, "2026-04")).isZero();
            assertThat(ledger.unlocked(ILSE, "a")).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void articlesUnlockedByEmailAreCarriedOverUncounted(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            MeterLedger ledger = ledger(db);
            ledger.unlock(ILSE, "a", "2026-03", 3);

            ledger.carryOver(ILSE, Set.of("a", "b", "c"), "2026-03");

            assertThat(ledger.unlocked(ILSE, "b")).isTrue();
            assertThat(ledger.unlocked(ILSE, "c")).isTrue();
            assertThat(ledger.used(ILSE, "2026-03")).isEqualTo(1);
            assertThat(JdbcClient.create(db.dataSource()).sql("select kind from meter_unlock where reader_id = ? order by article_id")
                    .param(ILSE).query(String.class).list()).containsExactly("METERED", "EMAIL", "EMAIL");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void eightUnlocksRacingForTheLastFreeArticleLetExactlyOneThrough(Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            MeterLedger ledger = ledger(db);
            ledger.unlock(ILSE, "first", "2026-03", 3);
            ledger.unlock(ILSE, "second", "2026-03", 3);
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Outcome>> racers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String article = "racer-" + i;
                racers.add(() -> {
                    start.await();
                    return ledger.unlock(ILSE, article, "2026-03", 3);
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Outcome>> results = new ArrayList<>();
                racers.forEach(racer -> results.add(pool.submit(racer)));
                start.countDown();
                List<Outcome> outcomes = new ArrayList<>();
                for (Future<Outcome> result : results) {
                    outcomes.add(result.get());
                }
                assertThat(outcomes).filteredOn(Outcome.UNLOCKED::equals).hasSize(1);
                assertThat(outcomes).filteredOn(Outcome.REFUSED::equals).hasSize(7);
            } finally {
                pool.shutdownNow();
            }
            assertThat(ledger.used(ILSE, "2026-03")).isEqualTo(3);
            assertThat(JdbcClient.create(db.dataSource()).sql("select count(*) from meter_unlock where reader_id = ?")
                    .param(ILSE).query(Integer.class).single()).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theSameArticleUnlockedTwiceAtOnceIsCountedOnce(Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            MeterLedger ledger = ledger(db);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<Outcome>> results = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return ledger.unlock(ILSE, "same", "2026-03", 3);
                    }));
                }
                start.countDown();
                List<Outcome> outcomes = new ArrayList<>();
                for (Future<Outcome> result : results) {
                    outcomes.add(result.get());
                }
                assertThat(outcomes).filteredOn(Outcome.UNLOCKED::equals).hasSize(1);
                assertThat(outcomes).filteredOn(Outcome.ALREADY_UNLOCKED::equals).hasSize(5);
            } finally {
                pool.shutdownNow();
            }
            assertThat(ledger.used(ILSE, "2026-03")).isEqualTo(1);
        }
    }

    private static MeterLedger ledger(TestDatabase db) {
        JdbcClient jdbc = JdbcClient.create(db.dataSource());
        for (long id : List.of(ILSE, OTTO)) {
            jdbc.sql("insert into reader (id, email, role, created_at) values (?, ?, 'READER', ?)")
                    .params(id, "reader" + id + "@harbour.example", MARCH.toEpochMilli()).update();
        }
        return new MeterLedger(jdbc, new TransactionTemplate(new DataSourceTransactionManager(db.dataSource())),
                Clock.fixed(MARCH, ZoneOffset.UTC));
    }
}
