package org.parallax.stories;

/**
 * A direct quote in an article and who said it, so a story can show who is quoted by whom.
 *
 * @param text           the words inside the quotation marks (joined when they run across paragraphs)
 * @param speaker        the speaker as the article names them: a full name where one is given
 *                       ("Mara Lindqvist"), otherwise the title used ("the minister")
 * @param paragraphIndex the paragraph where the quote opens, counted from 0
 * @param partial        true for a few quoted words inside the writer's own sentence
 *                       (X called the deal "a betrayal of the lakes")
 */
public record Quote(String text, String speaker, int paragraphIndex, boolean partial) {
}
