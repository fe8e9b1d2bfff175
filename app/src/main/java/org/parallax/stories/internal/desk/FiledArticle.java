package org.parallax.stories.internal.desk;

import java.time.Instant;
import java.util.List;
import org.parallax.library.Article;
import org.parallax.stories.EntityMention;
import org.parallax.stories.AttributedQuote;
import org.parallax.stories.internal.clustering.ArticleSignal;

/**
 * One article as the desk prepared it for filing: its entities and quotes (found in the text
 * anyone may read, so a gated article's body never shows through them), the signal for the
 * clusterer (the whole text: grouping shows nothing of it) and the time it is filed at.
 */
record FiledArticle(Article article, Instant published, List<EntityMention> mentions, List<AttributedQuote> quotes,
        ArticleSignal signal) {
}
