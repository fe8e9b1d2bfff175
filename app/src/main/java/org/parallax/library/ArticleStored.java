package org.parallax.library;

/** Published after an article was added or changed; {@code change} is its place in the change log. */
public record ArticleStored(long articleKey, String articleId, long change, StoreOutcome outcome) {
}
