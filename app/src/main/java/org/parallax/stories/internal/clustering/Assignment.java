package org.parallax.stories.internal.clustering;

/**
 * Where an article went.
 *
 * @param storyId    the story the article joins
 * @param opened     true when it starts a new story
 * @param similarity to the story it joined (1 for a new story)
 */
public record Assignment(long storyId, boolean opened, double similarity) {
}
