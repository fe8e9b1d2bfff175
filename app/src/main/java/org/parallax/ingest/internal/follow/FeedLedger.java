package org.parallax.ingest.internal.follow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.parallax.ingest.FeedStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What polling records about each feed: validators for conditional requests, when to poll next,
 * the entries already handled, and the failures shown on the admin page.
 */
@Component
class FeedLedger {

    /** However often a feed fails, it is tried again at least daily. */
    static final Duration LONGEST_BACK_OFF = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    FeedLedger(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<FeedStatus> due(int limit) {
        return jdbc.sql(JdbcFeeds.SELECT + " where f.paused = ? and f.next_fetch_at <= ? order by f.next_fetch_at limit ?")
                .params(false, clock.millis(), limit)
                .query(JdbcFeeds.FEED).list();
    }

    Validators validators(long feedId) {
        return jdbc.sql("select etag, last_modified from feed where id = ?").param(feedId)
                .query((rs, row) -> new Validators(rs.getString("etag"), rs.getString("last_modified")))
                .optional().orElse(new Validators(null, null));
    }

    /**
     * Marks the feed as being polled now, moving its next poll an interval on. The update holds only
     * while the feed is still due when it was read, so of two nodes (or workers) that read it at once
     * exactly one takes it.
     *
     * @return true when this caller took the feed and should poll it
     */
    boolean claim(FeedStatus feed) {
        return jdbc.sql("update feed set last_fetch_at = ?, next_fetch_at = ? where id = ? and next_fetch_at = ?")
                .params(clock.millis(), clock.instant().plus(feed.interval()).toEpochMilli(), feed.id(),
                        feed.nextFetch().toEpochMilli())
                .update() == 1;
    }

    void succeeded(FeedStatus feed, Validators validators, int newEntries) {
        jdbc.sql("""
                        update feed set last_success_at = ?, failures = 0, etag = ?, last_modified = ?,
                               items_seen = items_seen + ?, next_fetch_at = ?
                        where id = ?""")
                .params(clock.millis(), validators.etag(), validators.lastModified(), newEntries,
                        clock.instant().plus(feed.interval()).toEpochMilli(), feed.id())
                .update();
    }

    /** The feed itself failed: counted in a row, and polled again after a growing pause. */
    void failed(FeedStatus feed, String error) {
        int inARow = feed.failuresInARow() + 1;
        jdbc.sql("""
                        update feed set failures = ?, total_failures = total_failures + 1, last_error = ?, next_fetch_at = ?
                        where id = ?""")
                .params(inARow, truncate(error), nextAfterFailures(feed.interval(), inARow).toEpochMilli(), feed.id())
                .update();
    }

    /** One of its pages failed: shown on the admin page, but the feed keeps its schedule. */
    void pageFailed(FeedStatus feed, String error) {
        jdbc.sql("update feed set total_failures = total_failures + 1, last_error = ? where id = ?")
                .params(truncate(error), feed.id()).update();
    }

    boolean seen(long feedId, String entryKey) {
        return jdbc.sql("select count(*) from feed_entry where feed_id = ? and entry_key = ?")
                .params(feedId, entryKey).query(Long.class).single() > 0;
    }

    void markSeen(long feedId, String entryKey, String articleUrl) {
        jdbc.sql("insert into feed_entry (feed_id, entry_key, article_url, seen_at) values (?, ?, ?, ?) on conflict do nothing")
                .params(feedId, entryKey, articleUrl, clock.millis()).update();
    }

    private Instant nextAfterFailures(Duration interval, int inARow) {
        Duration pause = interval.multipliedBy(1L << Math.min(inARow, 10));
        return clock.instant().plus(pause.compareTo(LONGEST_BACK_OFF) > 0 ? LONGEST_BACK_OFF : pause);
    }

    private static String truncate(String error) {
        String text = error == null ? "unknown error" : error;
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }

    record Validators(String etag, String lastModified) {
    }
}
