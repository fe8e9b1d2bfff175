package org.parallax.newsroom.internal.editing;

/** One line of the newsroom's article list. */
public record ArticleRow(String articleId, String title, String kind, String state, String when, String savedBy) {
}
