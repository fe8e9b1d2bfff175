package org.parallax.stories.internal.quotes;

/**
 * Words between quotation marks, with the writer's text around them in the same sentence, which is
 * where the speaker is named. A span that runs across paragraphs takes its text before from the
 * paragraph where it opens and its text after from the paragraph where it closes.
 *
 * @param position a running offset over the whole article, to order speakers and mentions
 * @param startsSentence nothing of the writer's own sentence comes before the opening mark
 */
record QuotedSpan(String text, String before, String after, int paragraphIndex, int position,
                  boolean startsSentence) {

    int words() {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
