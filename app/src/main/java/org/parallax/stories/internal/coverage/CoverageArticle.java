package org.parallax.stories.internal.coverage;

import java.time.Instant;
import java.util.Objects;

/**
 * One article of a story as the coverage analysis sees it.
 *
 * @param articleId the article's public id
 * @param outlet    the outlet's display name; several articles from one outlet analyse together
 * @param title     the headline as published
 * @param dek       the standfirst under the headline, or null
 * @param published when the article was first published
 * @param updated   when it was last updated, or null when it never was
 * @param text      the body text, only where it may be shown to anyone (open text); null or empty
 *                  for gated text, which then never reaches the summary or the framing
 * @param own       true for the publication's own articles
 */
public record CoverageArticle(
        String articleId,
        String outlet,
        String title,
        String dek,
        Instant published,
        Instant updated,
        String text,
        boolean own) {

    public CoverageArticle {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(published, "published");
        title = title == null ? "" : title;
        dek = dek == null ? "" : dek;
        text = text == null ? "" : text;
    }

    /** True when the article was updated after it was first published. */
    public boolean wasUpdated() {
        return updated != null && updated.isAfter(published);
    }

    /** Headline, dek and open text together: everything the analysis may read. */
    String readableText() {
        return title + "\n" + dek + "\n" + text;
    }
}
