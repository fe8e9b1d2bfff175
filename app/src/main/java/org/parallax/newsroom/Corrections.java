package org.parallax.newsroom;

import java.util.List;

/** The corrections and clarifications shown on articles, on the corrections page and in its feed. */
public interface Corrections {

    /**
     * Adds a note to a published article of our own.
     *
     * @throws InvalidChange when the article is not ours or not published, or the text is empty or too long
     */
    Correction add(String articleId, CorrectionKind kind, String text, String editor);

    /** The notes on one article, oldest first, as they read under it. */
    List<Correction> of(String articleId);

    /** The newest notes on any article, newest first. */
    List<Correction> latest(int limit);
}
