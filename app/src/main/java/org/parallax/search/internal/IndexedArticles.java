package org.parallax.search.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.parallax.access.AccessPolicy;
import org.parallax.library.AccessLevel;
import org.parallax.library.Article;
import org.parallax.library.Block;
import org.parallax.search.IndexedArticle;

/**
 * Splits an article into what anyone may read and what only entitled readers may, using the same
 * access policy as every other route. Another outlet's article is searchable by its excerpt only:
 * the rest is stored for analysis, not for quoting.
 */
final class IndexedArticles {

    private final AccessPolicy accessPolicy;

    IndexedArticles(AccessPolicy accessPolicy) {
        this.accessPolicy = accessPolicy;
    }

    IndexedArticle of(Article article) {
        List<Block> open = accessPolicy.open(article).blocks();
        return new IndexedArticle(article.id(), article.url(), article.title(), article.dek(), article.byline(),
                article.outlet().slug(), article.outlet().name(), article.own(), article.kind().code(),
                article.language(), article.published(), text(open), gatedText(article, open));
    }

    /** The body past the teaser; the teaser is the body's opening blocks, so the rest starts where it ends. */
    private static String gatedText(Article article, List<Block> open) {
        if (!article.own() || article.access() == AccessLevel.FREE) {
            return "";
        }
        List<Block> body = article.body();
        int teaser = 0;
        while (teaser < open.size() && teaser < body.size() && body.get(teaser).equals(open.get(teaser))) {
            teaser++;
        }
        return text(body.subList(teaser, body.size()));
    }

    private static String text(List<Block> blocks) {
        return blocks.stream().map(Block::text).collect(Collectors.joining("\n\n"));
    }
}
