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
        CountDownLatch succeeded = new CountDownLatch(1);
        ChangeLogFollower follower = new ChangeLogFollower("test-follower", "Testing", Duration.ofMillis(50), () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException("the database is away");
            }
            succeeded.countDown();
            return false;
        });
        follower.start();
        try {
            assertThat(succeeded.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(attempts.get()).isEqualTo(3);
        } finally {
            follower.stop();
        }
    }
}
