package org.parallax.search;

import java.time.Instant;

/**
 * An article as the index holds it. {@code openText} is what any visitor may read (the whole
 * text of a free or external article, the teaser of a gated one); {@code gatedText} is the rest
 * of a gated article, matched and quoted only for visitors entitled to it. {@code entities} are
 * the people, places and organizations it names, found in text any visitor may read: a gated
 * article's title and dek, never its body.
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
        String gatedText,
        EntityNames entities) {

    public IndexedArticle {
        entities = entities == null ? EntityNames.NONE : entities;
    }

    /** An article filed with no entities. */
    public IndexedArticle(String id, String url, String title, String dek, String byline, String outletSlug,
            String outletName, boolean own, String kind, String language, Instant published, String openText,
            String gatedText) {
        this(id, url, title, dek, byline, outletSlug, outletName, own, kind, language, published, openText, gatedText,
                EntityNames.NONE);
    }

    public IndexedArticle naming(EntityNames named) {
        return new IndexedArticle(id, url, title, dek, byline, outletSlug, outletName, own, kind, language, published,
                openText, gatedText, named);
    }
}
