package org.parallax.stories;

import java.time.Instant;

/**
 * One event as the library covers it: the articles of every outlet that report it, under the
 * headline of its most central article.
 *
 * @param leadArticleId the public id of the article the headline comes from
 * @param articles      the articles in the story, syndicated copies included
 * @param outlets       the distinct outlets that published an original article on it
 */
public record Story(
        long id,
        String headline,
        String leadArticleId,
        String language,
        Instant firstPublished,
        Instant lastPublished,
        int articles,
        int outlets) {
}
