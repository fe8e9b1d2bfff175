package org.parallax.search;

import java.time.Instant;

/**
 * An article as the index holds it. {@code openText} is what any visitor may read (the whole
 * text of a free or external article, the teaser of a gated one); {@code gatedText} is the rest
 * of a gated article, matched and quoted only for visitors entitled to it.
 */
public record IndexedArticle(
        String id,
        String url,
        String title,
        String dek,
        String byline,
        String outletSlug,
        String outletName,
        boolean own,
        String kind,
        String language,
        Instant published,
        String openText,
        String gatedText) {
}
