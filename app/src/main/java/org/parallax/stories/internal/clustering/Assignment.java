package org.parallax.stories.internal.clustering;

import java.util.List;

/**
 * Where an article went, and which articles filed earlier its arrival moved.
 *
 * @param storyId    the story the article joins
 * @param opened     true when it starts a new story
 * @param similarity to the story it joined (1 for a new story)
 * @param moved      articles filed earlier that now belong to another story, in the order to apply
 *                   them after the article itself is filed; usually empty
 */
public record Assignment(long storyId, boolean opened, double similarity, List<Moved> moved) {

    public Assignment {
        moved = List.copyOf(moved);
    }

    public Assignment(long storyId, boolean opened, double similarity) {
        this(storyId, opened, similarity, List.of());
    }
}
