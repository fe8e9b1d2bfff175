package org.parallax.site.internal;

/**
 * What an article page says about itself in its head, for link previews (OpenGraph) and search
 * engines (JSON-LD). Built from the headline, dek and dates only: never from the body, so no
 * gated word can reach a preview.
 *
 * @param description the dek, or null when the article has none
 * @param modified    ISO-8601, or null when the article never changed
 * @param jsonLd      the NewsArticle as JSON, already made safe to sit inside a script element
 */
public record ArticleMeta(String path, String url, String title, String description, String published,
        String modified, String jsonLd) {

    public String printPath() {
        return path + "/print";
    }
}
