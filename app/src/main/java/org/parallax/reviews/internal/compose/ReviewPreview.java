package org.parallax.reviews.internal.compose;

import java.time.LocalDate;
import java.util.List;
import org.parallax.reviews.EditionContent;
import org.parallax.reviews.Review;

/**
 * The editors' preview of an edition: the email as it will go (subject, HTML shown in a frame,
 * the plain text), the candidate stories in ranked order with the editors' choice on each, and the
 * edition's note.
 *
 * @param publishes whether the review goes out on this date at all
 * @param sendTime  when it goes out, in the publication's time zone
 * @param noteTitle the note this review carries ("Our take", "What's to come"), or null for none
 */
public record ReviewPreview(
        Review review,
        LocalDate date,
        boolean publishes,
        String sendTime,
        EditionContent content,
        List<PreviewStory> stories,
        String noteTitle,
        String note) {

    public ReviewPreview {
        stories = List.copyOf(stories);
    }

    public String path() {
        return "/newsroom/reviews/" + review.slug();
    }

    /** Where the forms of this edition post to. */
    public String editionPath() {
        return path() + "/" + date;
    }

    /**
     * A candidate story as the preview lists it.
     *
     * @param choice     "pinned", "dropped" or "" (left to the ranking)
     * @param inEdition  whether the edition as composed now holds it
     */
    public record PreviewStory(long id, String headline, int outlets, int articles, String lastActive, String choice,
            boolean inEdition) {

        public boolean pinned() {
            return choice.equals("pinned");
        }

        public boolean dropped() {
            return choice.equals("dropped");
        }
    }
}
