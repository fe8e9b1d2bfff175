package org.parallax.stories.internal.clustering;

/** storyId: the story the article joins; opened: true when it starts a new story; similarity: to the story it joined (1 for a new story). */
public record Assignment(long storyId, boolean opened, double similarity) {
}
