package org.parallax.ingest.internal.follow;

import java.time.Clock;
import java.time.Duration;
import org.parallax.ingest.Feeds;
import org.parallax.ingest.InvalidFeed;
import org.parallax.library.NodeLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Follows the configured default feeds once, when a library starts for the first time, so a new
 * install with internet begins filling up. Feeds an admin removes later stay removed. Nodes that
 * start together on a new database do it once: one holds a node lock meanwhile, the others find
 * the marker or leave it to the holder.
 */
@Component
class DefaultFeeds {

    private static final Logger log = LoggerFactory.getLogger(DefaultFeeds.class);
    private static final String MARKER = "default-feeds-followed";
    /** Far longer than following a dozen feeds takes; a node that dies meanwhile leaves it to the next start. */
    private static final Duration LEASE = Duration.ofMinutes(1);

    private final Feeds feeds;
    private final FeedSettings settings;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final NodeLocks.NodeLock lock;

    DefaultFeeds(Feeds feeds, FeedSettings settings, JdbcClient jdbc, Clock clock, NodeLocks locks) {
        this.feeds = feeds;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
        this.lock = locks.lock("default-feeds", LEASE);
    }

    @EventListener(ApplicationReadyEvent.class)
    void followOnFirstStart() {
        if (!settings.seedDefaults() || followedAlready() || !lock.hold()) {
            return;
        }
        try {
            // Read again under the lock: a node may have finished between the first look and the lock.
            if (followedAlready()) {
                return;
            }
            for (FeedSettings.DefaultFeed feed : settings.defaults()) {
                try {
                    feeds.follow(feed.outlet(), feed.url(), Duration.ofMinutes(30));
                } catch (InvalidFeed e) {
                    log.warn("Default feed {} not followed: {}", feed.url(), e.getMessage());
                }
            }
            jdbc.sql("insert into ingest_marker (name, set_at) values (?, ?) on conflict do nothing")
                    .params(MARKER, clock.millis()).update();
            log.info("Following {} default feeds; manage them at /admin/feeds or with ./parallax outlets", settings.defaults().size());
        } finally {
            lock.release();
        }
    }

    private boolean followedAlready() {
        return jdbc.sql("select count(*) from ingest_marker where name = ?").param(MARKER).query(Long.class).single() > 0;
    }
}
