package org.parallax.stories.internal.coverage;

/**
 * A word or two-word phrase an outlet uses distinctively in a story.
 *
 * @param term   the word or phrase, lower-cased ("water grab")
 * @param zScore how far the outlet's use departs from the other outlets', in standard errors
 * @param count  how many times the outlet used it in this story
 */
public record FramingTerm(String term, double zScore, int count) {
}
