package org.parallax.ingest.internal.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.TestDatabases;
import org.parallax.TestDatabases.Kind;
import org.parallax.TestDatabases.TestDatabase;
import org.parallax.ingest.FeedStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes (or two workers) that find the same feed due at once: the conditional claim lets
 * exactly one of them poll it, with no lock held anywhere, on SQLite and PostgreSQL.
 */
class FeedClaimsTest {

    static final Instant NINE = Instant.parse("2026-03-16T09:00:00Z");

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aDueFeedReadByTwoNodesAtOnceIsClaimedByOne(Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            JdbcClient jdbc = JdbcClient.create(db.dataSource());
            jdbc.sql("insert into outlet (slug, name, own) values ('meridian-wire', 'Meridian Wire', ?)").param(false).update();
            long outlet = jdbc.sql("select id from outlet").query(Long.class).single();
            for (int round = 0; round < 20; round++) {
                jdbc.sql("insert into feed (outlet_id, url, next_fetch_at, created_at) values (?, ?, ?, ?)")
                        .params(outlet, "http://meridian.example/rss-" + round + ".xml", NINE.toEpochMilli() - 1, NINE.toEpochMilli())
                        .update();
            }
            List<FeedLedger> nodes = List.of(ledger(db), ledger(db));
            List<List<FeedStatus>> seen = new ArrayList<>();
            for (FeedLedger node : nodes) {
                seen.add(node.due(100));
            }
            assertThat(seen.get(0)).hasSize(20).isEqualTo(seen.get(1));

            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<Integer>> claims = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                FeedLedger ledger = nodes.get(node);
                List<FeedStatus> due = seen.get(node);
                claims.add(CompletableFuture.supplyAsync(() -> {
                    int taken = 0;
                    for (FeedStatus feed : due) {
                        awaitQuietly(together);
                        taken += ledger.claim(feed) ? 1 : 0;
                    }
                    return taken;
                }));
            }

            assertThat(claims.get(0).get() + claims.get(1).get()).as("each of the 20 feeds polled once").isEqualTo(20);
            assertThat(nodes.get(0).due(100)).as("claimed feeds are due again an interval later").isEmpty();
        }
    }

    private static FeedLedger ledger(TestDatabase db) {
        return new FeedLedger(JdbcClient.create(db.dataSource()), Clock.fixed(NINE, ZoneOffset.UTC));
    }

    private static void awaitQuietly(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
