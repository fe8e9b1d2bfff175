package org.parallax.reviews.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parallax.reviews.Review;

/**
 * The editors' say over an edition before it goes: stories pinned to the top (in the order they
 * were pinned) or dropped, and the notes written for it.
 */
public interface EditorsHand {

    List<Pick> picks(Review review, LocalDate date);

    void pin(Review review, LocalDate date, long storyId, long editorId);

    void drop(Review review, LocalDate date, long storyId, long editorId);

    /** Takes back a pin or a drop. */
    void release(Review review, LocalDate date, long storyId);

    Optional<String> note(Review review, LocalDate date, NoteKind kind);

    /** Writes the note; a blank body removes it. */
    void write(Review review, LocalDate date, NoteKind kind, String body, long editorId);

    record Pick(long storyId, Choice choice, int position) {
    }

    enum Choice {
        PIN, DROP
    }

    enum NoteKind {
        /** The editor's note opening the Daily Review. */
        OUR_TAKE,
        /** The editor's look ahead closing the Weekly Review. */
        WHATS_TO_COME
    }
}
