package org.parallax.stories.internal.clustering;

import java.util.function.LongSupplier;

/** Placeholder until the clustering branch lands: every article opens its own story. */
public final class StoryClusterer {

    public StoryClusterer(ClusteringSettings settings) {
    }

    public Assignment assign(ArticleSignal article, LongSupplier newStoryId) {
        return new Assignment(newStoryId.getAsLong(), true, 1);
    }

    public byte[] state() {
        return new byte[0];
    }

    public static StoryClusterer restore(byte[] state, ClusteringSettings settings) {
        return new StoryClusterer(settings);
    }
}
