package org.parallax.stories;

/**
 * Which story an article belongs to. {@code importId} is the id the article was imported with
 * (its public id), so an export can be matched against the source data.
 */
public record StoryMembership(String importId, String url, long storyId) {
}
