package org.parallax.ingest.internal.follow;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parallax.ingest.FeedStatus;
import org.parallax.ingest.Feeds;
import org.parallax.ingest.InvalidFeed;
import org.parallax.library.ArticleFilter;
import org.parallax.library.Library;
import org.parallax.library.Outlet;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class JdbcFeeds implements Feeds {

    static final String SELECT = """
            select f.*, o.slug as outlet_slug, o.name as outlet_name
            from feed f join outlet o on o.id = f.outlet_id
            """;

    static final RowMapper<FeedStatus> FEED = (rs, row) -> new FeedStatus(
            rs.getLong("id"), rs.getString("url"), rs.getString("outlet_slug"), rs.getString("outlet_name"),
            rs.getBoolean("paused"), Duration.ofMinutes(rs.getInt("interval_minutes")),
            instant(rs.getLong("last_fetch_at"), rs.wasNull()), instant(rs.getLong("last_success_at"), rs.wasNull()),
            Instant.ofEpochMilli(rs.getLong("next_fetch_at")), rs.getLong("items_seen"), rs.getInt("failures"),
            rs.getLong("total_failures"), rs.getString("last_error"));

    private final JdbcClient jdbc;
    private final Library library;
    private final TransactionTemplate transactions;
    private final Clock clock;

    JdbcFeeds(JdbcClient jdbc, Library library, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.library = library;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<FeedStatus> all() {
        return jdbc.sql(SELECT + " order by o.name, f.url").query(FEED).list();
    }

    @Override
    public Optional<FeedStatus> feed(long id) {
        return jdbc.sql(SELECT + " where f.id = ?").param(id).query(FEED).optional();
    }

    @Override
    public FeedStatus follow(String outletName, String feedUrl, Duration interval) {
        String url = feedUrl(feedUrl);
        int minutes = minutes(interval);
        if (outletName == null || outletName.isBlank()) {
            throw new InvalidFeed("a feed needs the name of its outlet");
        }
        Outlet outlet = library.outlets().stream()
                .filter(o -> o.name().equalsIgnoreCase(outletName.trim()))
                .findFirst()
                .orElseGet(() -> library.addOutlet(outletName, URI.create(url).resolve("/").toString()));
        try {
            long id = jdbc.sql("""
                            insert into feed (outlet_id, url, interval_minutes, next_fetch_at, created_at)
                            values (?, ?, ?, 0, ?) returning id""")
                    .params(outlet.id(), url, minutes, clock.millis())
                    .query(Long.class).single();
            return feed(id).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw new InvalidFeed("the feed " + url + " is followed already");
        }
    }

    @Override
    public FeedStatus change(long id, String feedUrl, Duration interval) {
        FeedStatus feed = existing(id);
        String url = feedUrl == null || feedUrl.isBlank() ? feed.url() : feedUrl(feedUrl);
        int minutes = interval == null ? (int) feed.interval().toMinutes() : minutes(interval);
        try {
            // A new address starts afresh: the old one's validators and failures say nothing about it.
            boolean moved = !url.equals(feed.url());
            jdbc.sql("""
                            update feed set url = ?, interval_minutes = ?,
                                   etag = case when ? then null else etag end,
                                   last_modified = case when ? then null else last_modified end,
                                   failures = case when ? then 0 else failures end
                            where id = ?""")
                    .params(url, minutes, moved, moved, moved, id).update();
        } catch (DuplicateKeyException e) {
            throw new InvalidFeed("the feed " + url + " is followed already");
        }
        return existing(id);
    }

    @Override
    public FeedStatus pause(long id) {
        existing(id);
        jdbc.sql("update feed set paused = ? where id = ?").params(true, id).update();
        return existing(id);
    }

    @Override
    public FeedStatus resume(long id) {
        existing(id);
        jdbc.sql("update feed set paused = ?, failures = 0, next_fetch_at = ? where id = ?")
                .params(false, clock.millis(), id).update();
        return existing(id);
    }

    @Override
    public void unfollow(long id) {
        existing(id);
        transactions.executeWithoutResult(status -> {
            jdbc.sql("delete from feed_entry where feed_id = ?").param(id).update();
            jdbc.sql("delete from feed where id = ?").param(id).update();
        });
    }

    @Override
    public void removeOutlet(String outletSlug) {
        Outlet outlet = library.outlet(outletSlug).orElseThrow(() -> new InvalidFeed("no outlet " + outletSlug));
        // Checked before any feed is touched, so a refusal leaves everything as it was.
        if (!library.articles(ArticleFilter.latest(1).fromOutlet(outletSlug)).isEmpty()) {
            throw new InvalidFeed(outlet.name() + " has articles in the library; they are kept, so the outlet stays"
                    + " (unfollow its feeds to stop polling it)");
        }
        all().stream().filter(feed -> feed.outletSlug().equals(outlet.slug())).forEach(feed -> unfollow(feed.id()));
        library.removeOutlet(outletSlug);
    }

    private FeedStatus existing(long id) {
        return feed(id).orElseThrow(() -> new InvalidFeed("no feed with id " + id));
    }

    static String feedUrl(String text) {
        URI uri;
        try {
            uri = new URI(text == null ? "" : text.trim());
        } catch (Exception e) {
            throw new InvalidFeed("not a valid URL: " + text);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new InvalidFeed("a feed URL must be an absolute http or https URL: " + text);
        }
        return uri.normalize().toString();
    }

    private static int minutes(Duration interval) {
        Duration value = interval == null ? Duration.ofMinutes(30) : interval;
        if (value.compareTo(SHORTEST_INTERVAL) < 0 || value.compareTo(LONGEST_INTERVAL) > 0) {
            throw new InvalidFeed("the polling interval must be between 5 minutes and 7 days");
        }
        return (int) value.toMinutes();
    }

    private static Instant instant(long millis, boolean wasNull) {
        return wasNull ? null : Instant.ofEpochMilli(millis);
    }
}
