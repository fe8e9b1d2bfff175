package org.parallax.library;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An article as the library holds it. {@code id} is the public, URL-safe identifier;
 * {@code access} is set for the publication's own articles only.
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
        int revision) {

    public Article {
        body = List.copyOf(body);
    }

    public boolean own() {
        return outlet.own();
    }

    /** The whole body as plain text, blocks separated by blank lines. */
    public String text() {
        return body.stream().map(Block::text).collect(Collectors.joining("\n\n"));
    }
}
