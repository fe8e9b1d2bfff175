package org.parallax.library;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One background thread that keeps a view derived from the library (the search index, the stories)
 * up with its change log: it runs a round whenever it is nudged, after each round that says more is
 * waiting, and every poll interval for changes no nudge announced (other processes). A failing round
 * is retried after a back-off that doubles up to a minute. The thread is never interrupted, so a
 * round is never cut off halfway through a commit. Rounds that run on a clock rather than on the
 * change log (scheduled publishing, the reviews' schedule) use it too: a round that returns false
 * simply runs again after the poll interval.
 *
 * <p>Given a {@link NodeLocks.NodeLock}, it runs a round only while this node holds the lease (taken
 * or renewed before each round, let go when it stops); the other nodes look again every poll
 * interval and take over when the holder stops or dies.
 */
public final class ChangeLogFollower {

    /** One round of catching up; true when more changes may be waiting. */
    @FunctionalInterface
    public interface Round {
        boolean run();
    }

    private static final Logger log = LoggerFactory.getLogger(ChangeLogFollower.class);
    private static final Duration LONGEST_BACK_OFF = Duration.ofMinutes(1);

    private final String name;
    private final String work;
    private final Duration pollInterval;
    private final Round round;
    private final NodeLocks.NodeLock lock;
    private final Semaphore nudges = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    /**
     * @param name the thread's name
     * @param work what a round does, for the log ("Indexing library changes")
     */
    public ChangeLogFollower(String name, String work, Duration pollInterval, Round round) {
        this(name, work, pollInterval, round, null);
    }

    /**
     * A follower whose rounds run on one node at a time.
     *
     * @param lock the lease a round needs; null for rounds every node runs (a node's own search index)
     */
    public ChangeLogFollower(String name, String work, Duration pollInterval, Round round, NodeLocks.NodeLock lock) {
        this.name = name;
        this.work = work;
        this.pollInterval = pollInterval;
        this.round = round;
        this.lock = lock;
    }

    /** Wakes the thread: the change log, not the nudge, says what there is to do. */
    public void nudge() {
        if (nudges.availablePermits() == 0) {
            nudges.release();
        }
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name(name).daemon().start(this::follow);
    }

    /** Stops after the round under way, waiting for it up to 30 seconds. */
    public synchronized void stop() {
        running = false;
        nudge();
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    public boolean isRunning() {
        return running;
    }

    private void follow() {
        Duration backOff = pollInterval;
        while (running) {
            try {
                if (lock != null && !lock.hold()) {
                    awaitNudge(pollInterval);
                    continue;
                }
                boolean more = round.run();
                backOff = pollInterval;
                if (!more) {
                    awaitNudge(pollInterval);
                }
            } catch (RuntimeException e) {
                log.warn("{} failed; retrying in {}", work, backOff, e);
                awaitNudge(backOff);
                backOff = backOff.multipliedBy(2).compareTo(LONGEST_BACK_OFF) > 0 ? LONGEST_BACK_OFF : backOff.multipliedBy(2);
            }
        }
        letGo();
    }

    private void letGo() {
        if (lock == null) {
            return;
        }
        try {
            lock.release();
        } catch (RuntimeException e) {
            log.warn("{}: could not let go of the {}; another node takes it when the lease runs out", work, lock, e);
        }
    }

    private void awaitNudge(Duration timeout) {
        try {
            if (nudges.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                nudges.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
