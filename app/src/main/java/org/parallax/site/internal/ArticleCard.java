package org.parallax.site.internal;

import java.time.Instant;
import org.parallax.library.Article;

/** An article in a listing: metadata only, never body text, so a listing cannot leak gated words. */
public record ArticleCard(String href, String title, String dek, String byline, String outletName, String outletSlug,
        boolean own, String kindLabel, Instant published) {

    static ArticleCard of(Article article) {
        return new ArticleCard("/articles/" + article.id(), article.title(), article.dek(), article.byline(),
                article.outlet().name(), article.outlet().slug(), article.own(), article.kind().label(), article.published());
    }
}
