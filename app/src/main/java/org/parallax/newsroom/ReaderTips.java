package org.parallax.newsroom;

import java.util.List;
import java.util.Optional;

/** Readers' tips on the publication's own articles, as the newsroom keeps them. */
public interface ReaderTips {

    /** The longest tip accepted, in characters: a tip points at something, it is not an article. */
    int MOST_CHARACTERS = 4_000;

    /**
     * Keeps a reader's tip on one of the publication's own articles.
     *
     * @throws InvalidTip when the text is blank or longer than {@link #MOST_CHARACTERS}, or the
     *                    article is not one of ours
     */
    ReaderTip send(String articleId, long readerId, String text);

    Optional<ReaderTip> tip(long id);

    /** The newest {@code limit} tips, newest first, used or not. */
    List<ReaderTip> newest(int limit);

    /** Marks the tip as used by this editor; marking it again changes nothing. */
    void markUsed(long tipId, long editorId);
}
