package org.parallax.ingest;

import java.time.Instant;
import java.util.List;
import org.parallax.library.Block;

/**
 * The article found in a web page: its main text as blocks, without navigation, ads, comments or
 * promotions, and what the page says about it. Any field but {@code body} may be null.
 */
public record ExtractedArticle(
        String title,
        String byline,
        Instant published,
        Instant updated,
        String language,
        String canonicalUrl,
        String leadImage,
        String description,
        List<Block> body) {

    public ExtractedArticle {
        body = List.copyOf(body);
    }

    /** The main text, blocks separated by blank lines. */
    public String text() {
        return String.join("\n\n", body.stream().map(Block::text).toList());
    }
}
