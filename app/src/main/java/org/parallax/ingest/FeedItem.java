package org.parallax.ingest;

import java.time.Instant;

/**
 * One entry of a feed, as the outlet published it. Any field may be null when the feed lacks it;
 * {@code content} is the entry's full HTML body when the feed carries one, {@code summary} its
 * short description (HTML or text, as given).
 */
public record FeedItem(
        String title,
        String link,
        String id,
        Instant published,
        Instant updated,
        String author,
        String summary,
        String content) {
}
