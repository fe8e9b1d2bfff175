package org.parallax.ingest.internal.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.parallax.ingest.FetchFailed;

/**
 * Each site's robots.txt, fetched once and trusted for a while. A missing one (any 4xx but 429)
 * allows everything; one the site cannot serve now (5xx, 429, no connection) disallows everything
 * until a later fetch gets it, as RFC 9309 asks. Such failures are not kept, so the next fetch tries again.
 */
final class RobotsCache {

    /** RFC 9309 asks crawlers to read at least 500 KiB of a robots.txt; the rest may be ignored. */
    private static final int ROBOTS_LIMIT = 512 * 1024;
    private static final int PRUNE_ABOVE = 10_000;

    private final Exchange exchange;
    private final HostPacing pacing;
    private final Duration maxAge;
    private final Map<String, Entry> sites = new ConcurrentHashMap<>();

    RobotsCache(Exchange exchange, HostPacing pacing, Duration maxAge) {
        this.exchange = exchange;
        this.pacing = pacing;
        this.maxAge = maxAge;
    }

    /** Refuses a URL the site's robots.txt disallows to us. */
    void check(URI uri) {
        if ("/robots.txt".equals(uri.getRawPath())) {
            return;
        }
        RobotsRules rules = rulesFor(uri);
        rules.crawlDelay().ifPresent(delay -> pacing.slowDown(uri.getHost(), delay));
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!rules.allows(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery())) {
            throw new FetchFailed("blocked by robots.txt", false);
        }
    }

    private RobotsRules rulesFor(URI uri) {
        URI site = URI.create(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT));
        Entry entry = sites.computeIfAbsent(site.toString(), key -> new Entry());
        // One fetch of robots.txt per site: callers arriving meanwhile wait for its result.
        entry.lock.lock();
        try {
            if (entry.rules == null || System.nanoTime() - entry.expires > 0) {
                entry.rules = load(site);
                entry.expires = System.nanoTime() + maxAge.toNanos();
            }
            return entry.rules;
        } finally {
            entry.lock.unlock();
            pruneIfCrowded();
        }
    }

    private RobotsRules load(URI site) {
        Answer answer;
        try {
            answer = exchange.follow(site.resolve("/robots.txt"), Map.of(), ROBOTS_LIMIT, uri -> { });
        } catch (FetchFailed failed) {
            if (failed.temporary()) {
                throw new FetchFailed("robots.txt unavailable: " + failed.getMessage(), true, failed);
            }
            return RobotsRules.ALLOW_ALL; // a loop or refused redirect: no robots.txt to be had, as with a 404
        }
        if (answer.success()) {
            Body body = ContentDecoding.decode(answer.body(), answer.header("Content-Encoding"), ROBOTS_LIMIT);
            String text = new String(body.bytes(), StandardCharsets.UTF_8);
            // A cut file loses its last, probably partial, line.
            return RobotsRules.parse(body.cut() ? text.substring(0, Math.max(0, text.lastIndexOf('\n'))) : text,
                    FetchProperties.ROBOTS_NAME);
        }
        if (answer.status() == 429 || answer.status() >= 500) {
            throw new FetchFailed("robots.txt unavailable: " + answer.statusLine(), true);
        }
        return RobotsRules.ALLOW_ALL;
    }

    private void pruneIfCrowded() {
        if (sites.size() > PRUNE_ABOVE) {
            long now = System.nanoTime();
            sites.values().removeIf(entry -> now - entry.expires > 0 && !entry.lock.isLocked());
        }
    }

    private static final class Entry {
        final ReentrantLock lock = new ReentrantLock();
        volatile RobotsRules rules;
        volatile long expires;
    }
}
