package org.parallax.site.internal;

import java.time.Instant;
import java.util.List;
import org.parallax.access.Reach;
import org.parallax.access.ReadableText;
import org.parallax.library.Article;
import org.parallax.library.Block;

/**
 * An article page as the visitor may see it. It holds the readable blocks only, never the
 * article itself, so a template cannot reach text the visitor is not entitled to.
 */
public record ArticlePage(String title, String dek, String byline, String outletName, String outletSlug,
        String kindLabel, String language, Instant published, Instant updated, String originalUrl,
        Reach reach, String reason, boolean truncated, List<Block> blocks, boolean fromFeed,
        Link firstPublished, List<Link> alsoPublishedBy) {

    /**
     * @param original the article this one copies, if it is a copy
     * @param copies   the articles that copy this one
     */
    static ArticlePage of(Article article, ReadableText readable, Article original, List<Article> copies) {
        return new ArticlePage(article.title(), article.dek(), article.byline(), article.outlet().name(),
                article.outlet().slug(), article.kind().label(), article.language(), article.published(),
                article.updated(), article.url(), readable.entitlement().reach(), readable.entitlement().reason(),
                readable.truncated(), readable.blocks(), article.textOrigin().fromFeed(),
                original == null ? null : Link.to(original), copies.stream().map(Link::to).toList());
    }

    /** Another publication of the same story: the outlet that ran it and our page for it. */
    public record Link(String outletName, String articleId) {
        static Link to(Article article) {
            return new Link(article.outlet().name(), article.id());
        }
    }

    public boolean external() {
        return reach == Reach.EXCERPT;
    }

    public boolean gated() {
        return reach == Reach.TEASER;
    }
}
