package org.parallax.newsroom;

import java.time.Instant;

/**
 * A correction or clarification an editor added to one of the publication's articles. Its text is
 * the newsroom's own note, public on the article, the corrections page and its feed.
 *
 * @param articleTitle the article's headline when the note was added, for the corrections page
 */
public record Correction(long id, String articleId, String articleTitle, CorrectionKind kind, String text,
        Instant recorded) {
}
