package org.parallax.stories.internal.clustering;

/** Placeholder until the clustering branch lands. */
public record ClusteringSettings() {
    public static ClusteringSettings defaults() {
        return new ClusteringSettings();
    }
}
