package org.parallax.library;

import java.time.Instant;

/**
 * An article's address and dates without its text, for listings that carry no words at all (the
 * sitemap): cheap to read by the tens of thousands, and unable to leak gated text.
 *
 * @param updated the last change, or null when it never changed after publication
 */
public record ArticleStamp(String id, Instant published, Instant updated) {

    /** When the article last changed: its update, or its publication. */
    public Instant lastModified() {
        return updated != null && updated.isAfter(published) ? updated : published;
    }
}
