package org.parallax.stories.internal.clustering;

import java.time.Instant;
import java.util.Map;
import org.parallax.stories.Entity;

/**
 * What the clusterer needs of one arriving article.
 *
 * @param published when it was published; null when unknown (the latest time seen is used)
 * @param language  its language code ("en"); null or blank when unknown
 * @param entities  the article's entities with how often each is named
 */
public record ArticleSignal(String articleId, Instant published, String language, String title, String text,
        Map<Entity, Integer> entities) {
}
