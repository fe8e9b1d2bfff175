package org.parallax.ingest;

import java.time.Instant;

/**
 * One entry of a feed, as the outlet published it. Any field may be null when the feed lacks it;
 * {@code content} is the entry's full HTML body when the feed carries one, {@code summary} its
 * short description (HTML or text, as given). {@code title} is plain text. {@code id} falls back to
 * the link when the feed gives none; {@code image} is the picture the feed attaches (Media RSS, an
 * image enclosure, JSON Feed's image).
 */
public record FeedItem(
        String title,
        String link,
        String id,
        Instant published,
        Instant updated,
        String author,
        String summary,
        String content,
        String image) {
}
