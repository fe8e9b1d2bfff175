package org.parallax.ingest.internal.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.parallax.ingest.FetchFailed;

/**
 * One request at a time per host, and a pause between them: the next request to a host starts no
 * sooner than the delay after the previous one ended. A robots.txt Crawl-delay may lengthen the pause.
 */
final class HostPacing {

    /** A site cannot make a caller wait longer than this between requests, whatever its Crawl-delay says. */
    static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);
    /** Hosts remembered before idle ones are forgotten, so a long crawl does not grow the map forever. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Duration delay;
    private final Map<String, Turn> hosts = new ConcurrentHashMap<>();

    HostPacing(Duration delay) {
        this.delay = delay;
    }

    <T> T inTurn(String host, Supplier<T> request) {
        Turn turn = hosts.computeIfAbsent(key(host), h -> new Turn());
        try {
            turn.lock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailed("interrupted while waiting for " + host, true);
        }
        try {
            long wait = turn.nextStart - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            return request.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailed("interrupted while waiting for " + host, true);
        } finally {
            turn.nextStart = System.nanoTime() + turn.pause(delay).toNanos();
            turn.lock.unlock();
            pruneIfCrowded();
        }
    }

    /** Honours a Crawl-delay longer than our own delay, up to {@link #MAX_CRAWL_DELAY}. */
    void slowDown(String host, Duration crawlDelay) {
        Turn turn = hosts.computeIfAbsent(key(host), h -> new Turn());
        turn.crawlDelay = crawlDelay.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : crawlDelay;
    }

    // A host forgotten here while a caller is about to queue for it could, at worst, see two requests
    // overlap once; the crawl delay is set again on every robots check, so it is not lost.
    private void pruneIfCrowded() {
        if (hosts.size() > PRUNE_ABOVE) {
            long now = System.nanoTime();
            hosts.values().removeIf(turn -> now - turn.nextStart > 0 && !turn.lock.isLocked());
        }
    }

    private static String key(String host) {
        return host.toLowerCase(Locale.ROOT);
    }

    private static final class Turn {
        // Fair, so callers queued for a busy host are served in the order they came.
        final ReentrantLock lock = new ReentrantLock(true);
        volatile long nextStart = System.nanoTime();
        volatile Duration crawlDelay = Duration.ZERO;

        Duration pause(Duration delay) {
            return crawlDelay.compareTo(delay) > 0 ? crawlDelay : delay;
        }
    }
}
