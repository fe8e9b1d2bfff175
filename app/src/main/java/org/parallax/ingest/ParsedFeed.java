package org.parallax.ingest;

import java.util.List;

/** A feed read from RSS, Atom or JSON Feed, in one shape whatever the format. */
public record ParsedFeed(String format, String title, String link, List<FeedItem> items) {

    public ParsedFeed {
        items = List.copyOf(items);
    }
}
