package org.parallax.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The background thread derived views follow the change log with. */
class ChangeLogFollowerTest {

    @Test
    void runsAgainWhileMoreIsWaitingThenOnANudge() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        CountDownLatch nudged = new CountDownLatch(4);
        ChangeLogFollower follower = new ChangeLogFollower("test-follower", "Testing", Duration.ofMinutes(5), () -> {
            nudged.countDown();
            return rounds.incrementAndGet() < 3;
        });
        follower.start();
        try {
            Thread.sleep(200);
            assertThat(rounds.get()).as("three rounds back to back, then a wait for the long poll").isEqualTo(3);
            follower.nudge();
            assertThat(nudged.await(5, TimeUnit.SECONDS)).as("a nudge runs a fourth round").isTrue();
        } finally {
            follower.stop();
        }
        assertThat(follower.isRunning()).isFalse();
    }

    @Test
    void aFailingRoundIsRetriedAfterABackOff() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger attemptsToSucceed = new AtomicInteger();
        CountDownLatch succeeded = new CountDownLatch(1);
        ChangeLogFollower follower = new ChangeLogFollower("test-follower", "Testing", Duration.ofMillis(50), () -> {
            int attempt = attempts.incrementAndGet();
            if (attempt < 3) {
                throw new IllegalStateException("the database is away");
            }
            // Counted here: the next poll (50 ms on) may run another round before the test looks.
            attemptsToSucceed.compareAndSet(0, attempt);
            succeeded.countDown();
            return false;
        });
        follower.start();
        try {
            assertThat(succeeded.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(attemptsToSucceed.get()).isEqualTo(3);
        } finally {
            follower.stop();
        }
    }

    @Test
    void aRoundRunsOnlyWhileThisNodeHoldsTheLockAndTheLockIsLetGoOnStop() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        StandInLock lock = new StandInLock();
        ChangeLogFollower follower = new ChangeLogFollower("test-follower", "Testing", Duration.ofMillis(20), () -> {
            rounds.incrementAndGet();
            return false;
        }, lock);
        follower.start();
        try {
            Thread.sleep(200);
            assertThat(rounds.get()).as("another node holds the lock").isZero();
            assertThat(lock.asked.get()).as("but this node keeps asking").isGreaterThan(1);
            lock.free = true;
            follower.nudge();
            Thread.sleep(200);
            assertThat(rounds.get()).isPositive();
        } finally {
            follower.stop();
        }
        assertThat(lock.released).isTrue();
    }

    /** A lock another node holds until the test frees it; the JDBC one is tested in NodeLocksTest. */
    static final class StandInLock implements NodeLocks.NodeLock {

        final AtomicInteger asked = new AtomicInteger();
        volatile boolean free;
        volatile boolean released;

        @Override
        public boolean hold() {
            asked.incrementAndGet();
            return free;
        }

        @Override
        public void release() {
            released = true;
        }
    }
}
