package org.parallax.library.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
import org.parallax.library.NodeLocks.NodeLock;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The leases that keep a scheduled round on one node at a time, on SQLite and PostgreSQL. */
class NodeLocksTest {

    static final Instant NINE = Instant.parse("2026-03-16T09:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(2);

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void oneNodeHoldsTheLockAndRenewsItWhileTheOtherIsTurnedAway(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            NodeLock first = node(db, NINE).lock("feed-polling", LEASE);
            NodeLock second = node(db, NINE).lock("feed-polling", LEASE);

            assertThat(first.hold()).isTrue();
            assertThat(second.hold()).isFalse();
            assertThat(first.hold()).as("the holder renews").isTrue();
            assertThat(node(db, NINE).lock("story-desk", LEASE).hold()).as("another name is another lock").isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aLockLetGoOrRunOutPassesToAnotherNode(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            NodeLock first = node(db, NINE).lock("review-schedule", LEASE);
            NodeLock second = node(db, NINE).lock("review-schedule", LEASE);
            assertThat(first.hold()).isTrue();

            second.release();
            assertThat(second.hold()).as("letting go of a lock held by another does nothing").isFalse();
            first.release();
            assertThat(second.hold()).isTrue();

            NodeLock beforeTheLeaseRunsOut = node(db, NINE.plus(LEASE).minusSeconds(1)).lock("review-schedule", LEASE);
            NodeLock afterIt = node(db, NINE.plus(LEASE)).lock("review-schedule", LEASE);
            assertThat(beforeTheLeaseRunsOut.hold()).isFalse();
            assertThat(afterIt.hold()).as("the holder died: its lease ran out").isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void nodesAskingAtTheSameMomentGetOneHolder(Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            for (int round = 0; round < 10; round++) {
                String name = "round-" + round;
                List<NodeLock> locks = List.of(node(db, NINE).lock(name, LEASE), node(db, NINE).lock(name, LEASE),
                        node(db, NINE).lock(name, LEASE));
                CyclicBarrier together = new CyclicBarrier(locks.size());
                List<CompletableFuture<Boolean>> asks = new ArrayList<>();
                for (NodeLock lock : locks) {
                    asks.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            together.await();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return lock.hold();
                    }));
                }
                long holders = 0;
                for (CompletableFuture<Boolean> ask : asks) {
                    holders += ask.get() ? 1 : 0;
                }
                assertThat(holders).as(name).isEqualTo(1);
            }
        }
    }

    private static JdbcNodeLocks node(TestDatabase db, Instant now) {
        return new JdbcNodeLocks(JdbcClient.create(db.dataSource()), Clock.fixed(now, ZoneOffset.UTC), "");
    }
}
