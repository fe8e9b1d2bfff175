package org.parallax.stories;

import org.parallax.library.ArticleIds;

/** Which story an article belongs to; {@code articleId} is its public id, {@code url} its canonical address. */
public record StoryMembership(String articleId, String url, long storyId) {

    /** The id the article was imported with, or its address when it came without one. */
    public String importId() {
        return ArticleIds.derived(articleId, url) ? url : articleId;
    }
}
