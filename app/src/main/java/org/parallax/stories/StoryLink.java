package org.parallax.stories;

/** What an article page needs to point at its story: "Full coverage: 5 outlets". */
public record StoryLink(long storyId, int articles, int outlets) {
}
