package org.parallax.site.internal;

import java.util.List;
import org.parallax.library.Article;
import org.parallax.library.Library;
import org.parallax.newsroom.Correction;
import org.parallax.newsroom.Corrections;

/**
 * The changes an article page shows its readers in the open: headline changes (unless minor) and
 * the newsroom's corrections and clarifications. Titles and notes are public, so every visitor sees them.
 */
public record ArticleChanges(String articleId, boolean own, boolean revised, List<HeadlineNotice> headlineNotices,
        List<Correction> corrections) {

    static ArticleChanges of(Article article, Library library, Corrections corrections) {
        if (!article.own()) {
            return new ArticleChanges(article.id(), false, false, List.of(), List.of());
        }
        // A first version has no history to read, which spares most page views the query.
        List<HeadlineNotice> notices = article.revision() > 1 ? HeadlineNotice.of(library.revisions(article.id())) : List.of();
        return new ArticleChanges(article.id(), true, article.revision() > 1, notices, corrections.of(article.id()));
    }
}
