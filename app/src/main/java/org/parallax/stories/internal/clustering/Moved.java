package org.parallax.stories.internal.clustering;

/**
 * An article filed earlier that an arrival moved to another story, once the neighbourhood of
 * recent articles was grouped afresh.
 *
 * @param articleId the moved article
 * @param fromStory the story it leaves
 * @param toStory   the story it now belongs to
 * @param opened    true when {@code toStory} is new: the first move into it opens it
 */
public record Moved(String articleId, long fromStory, long toStory, boolean opened) {
}
