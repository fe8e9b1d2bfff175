package org.parallax.access.internal;

/** Whether a reader unlocked an article for good: the one question the access decision asks the meter. */
@FunctionalInterface
interface UnlockedArticles {

    /** Nobody unlocked anything: for parts tested without a database. */
    UnlockedArticles NONE = (readerId, articleId) -> false;

    boolean unlocked(long readerId, String articleId);
}
