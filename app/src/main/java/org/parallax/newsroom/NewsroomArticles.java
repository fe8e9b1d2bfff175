package org.parallax.newsroom;

import java.util.List;
import java.util.Optional;

/** The newsroom's published articles, for the pages and feeds that file them by author, section and tag. */
public interface NewsroomArticles {

    /** The details of a published article; empty for drafts, scheduled, unpublished and other outlets' articles. */
    Optional<ArticleDetails> details(String articleId);

    /** Every published article's details, most recently published first. */
    List<ArticleDetails> published(int limit);
}
