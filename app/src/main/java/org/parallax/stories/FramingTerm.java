package org.parallax.stories;

/** A word or phrase one outlet uses distinctively for a story: its z-score against the other outlets, and how often it used it. */
public record FramingTerm(String term, double zScore, int count) {
}
