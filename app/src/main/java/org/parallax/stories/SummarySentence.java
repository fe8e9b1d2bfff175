package org.parallax.stories;

/** One sentence of a story's summary, with the outlet and article it comes from. */
public record SummarySentence(String text, String outlet, String articleId) {
}
