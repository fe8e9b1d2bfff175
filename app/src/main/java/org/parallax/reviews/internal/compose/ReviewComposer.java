package org.parallax.reviews.internal.compose;

import java.time.LocalDate;
import org.parallax.reviews.EditionComposer;
import org.parallax.reviews.EditionContent;
import org.parallax.reviews.Review;
import org.springframework.stereotype.Service;

/** Composes an edition from the library and the stories, with the editors' hand on top; stores nothing. */
@Service
class ReviewComposer implements EditionComposer {

    private final EditionSelection selection;
    private final EditionRenderer renderer;

    ReviewComposer(EditionSelection selection, EditionRenderer renderer) {
        this.selection = selection;
        this.renderer = renderer;
    }

    @Override
    public EditionContent compose(Review review, LocalDate date) {
        return renderer.render(selection.select(review, date));
    }
}
