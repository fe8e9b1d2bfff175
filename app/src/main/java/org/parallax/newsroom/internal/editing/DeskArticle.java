package org.parallax.newsroom.internal.editing;

import java.time.Instant;

/**
 * One article in the newsroom: its content, its library id (fixed when it is created), where it
 * stands and the version every save must name. {@code publishAt} is the scheduled time;
 * {@code publishedAt} the first publication, kept when it is published again.
 */
public record DeskArticle(long key, String articleId, Copy copy, DeskState state, Instant publishAt, Instant publishedAt,
        int version, String createdBy, Instant createdAt, String savedBy, Instant savedAt) {
}
