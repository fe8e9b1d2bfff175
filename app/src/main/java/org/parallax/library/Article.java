package org.parallax.library;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An article as the library holds it. {@code id} is the public, URL-safe identifier;
 * {@code access} is set for the publication's own articles only; {@code textOrigin} says whether
 * the text came from the article itself or, as a fallback, from a feed; {@code copyOf} is the id of
 * the article this one is a syndicated or lightly edited copy of, or null.
 */
public record Article(
        long key,
        String id,
        String url,
        Outlet outlet,
        String title,
        String dek,
        String byline,
        ArticleKind kind,
        AccessLevel access,
        String language,
        Instant published,
        Instant updated,
        List<Block> body,
        int revision,
        TextOrigin textOrigin,
        String copyOf) {

    public Article {
        body = List.copyOf(body);
        textOrigin = textOrigin == null ? TextOrigin.SOURCE : textOrigin;
    }

    public boolean isCopy() {
        return copyOf != null;
    }

    public boolean own() {
        return outlet.own();
    }

    /** The whole body as plain text, blocks separated by blank lines. */
    public String text() {
        return body.stream().map(Block::text).collect(Collectors.joining("\n\n"));
    }
}
