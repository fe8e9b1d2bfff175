package org.parallax.library;

import java.time.Instant;
import java.util.List;

/**
 * An article to store, as an importer or editor hands it to the library.
 * {@code id} may be null (one is derived from the title and URL); {@code access} is
 * ignored for other outlets' articles; {@code updated} may be null; {@code textOrigin} null means
 * the text is the article's own.
 */
public record ArticleDraft(
        String id,
        String url,
        String outletName,
        String title,
        String dek,
        String byline,
        ArticleKind kind,
        AccessLevel access,
        String language,
        Instant published,
        Instant updated,
        List<Block> body,
        TextOrigin textOrigin) {

    public ArticleDraft {
        body = List.copyOf(body);
        textOrigin = textOrigin == null ? TextOrigin.SOURCE : textOrigin;
    }

    /** A draft whose text is the article's own. */
    public ArticleDraft(String id, String url, String outletName, String title, String dek, String byline,
            ArticleKind kind, AccessLevel access, String language, Instant published, Instant updated, List<Block> body) {
        this(id, url, outletName, title, dek, byline, kind, access, language, published, updated, body, TextOrigin.SOURCE);
    }
}
