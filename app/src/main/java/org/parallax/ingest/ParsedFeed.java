package org.parallax.ingest;

import java.util.List;

/**
 * A feed read from RSS, Atom or JSON Feed, in one shape whatever the format. {@code format} names
 * what was read: rss-2.0, rss-1.0, rss-0.9x, atom-1.0, atom-0.3, json-1.0 or json-1.1.
 */
public record ParsedFeed(String format, String title, String link, List<FeedItem> items) {

    public ParsedFeed {
        items = List.copyOf(items);
    }
}
