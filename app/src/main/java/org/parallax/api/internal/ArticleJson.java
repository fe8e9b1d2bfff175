package org.parallax.api.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.parallax.access.ReadableText;
import org.parallax.library.Article;
import org.parallax.library.Block;

/**
 * An article for API clients: its metadata, and only the text the access decision allows,
 * with that decision spelled out so clients know whether more exists.
 */
record ArticleJson(String id, String url, String title, String dek, String byline, OutletJson outlet, String kind,
        String language, Instant published, Instant updated, Access access, String textOrigin, String copyOf,
        List<Publication> alsoPublishedBy, List<BlockJson> text) {

    /** @param copies the articles found to copy this one (the same story published again elsewhere) */
    static ArticleJson of(Article article, ReadableText readable, List<Article> copies) {
        return new ArticleJson(article.id(), article.url(), article.title(), article.dek(), article.byline(),
                OutletJson.of(article.outlet()), article.kind().code(), article.language(), article.published(),
                article.updated(), Access.of(article, readable), article.textOrigin().code(), article.copyOf(),
                copies.stream().map(copy -> new Publication(copy.id(), copy.outlet().name())).toList(),
                readable.blocks().stream().map(BlockJson::of).toList());
    }

    /** Another publication of the same story: our id for it and the outlet that ran it. */
    record Publication(String id, String outlet) {
    }

    /**
     * Who may read the article ({@code level}: free, registered, subscribers; null for other outlets'
     * articles) and what this client may read of it ({@code reach}: full, teaser, excerpt), and why.
     */
    record Access(String level, String reach, String reason, boolean truncated) {

        static Access of(Article article, ReadableText readable) {
            return new Access(article.access() == null ? null : article.access().code(),
                    readable.entitlement().reach().name().toLowerCase(Locale.ROOT),
                    readable.entitlement().reason(), readable.truncated());
        }
    }

    /**
     * One block of text; {@code source} only on a quote that names where it comes from, {@code at}
     * only on an update (when it was appended).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BlockJson(String type, String text, Source source, String at) {

        static BlockJson of(Block block) {
            return switch (block) {
                case Block.Paragraph paragraph -> new BlockJson("paragraph", paragraph.text(), null, null);
                case Block.Heading heading -> new BlockJson("heading", heading.text(), null, null);
                case Block.Update update -> new BlockJson("update", update.text(), null, update.at().toString());
                case Block.BlockQuote quote -> new BlockJson("quote", quote.text(),
                        quote.source() == null ? null : new Source(quote.source().name(), quote.source().url()), null);
            };
        }
    }

    record Source(String name, String url) {
    }
}
