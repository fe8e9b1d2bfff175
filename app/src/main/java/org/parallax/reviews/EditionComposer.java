package org.parallax.reviews;

import java.time.LocalDate;

/**
 * Composes an edition from the library and the stories, with the editors' picks, drops and notes
 * for it. Composing stores nothing: the sender freezes what it sends.
 */
public interface EditionComposer {

    EditionContent compose(Review review, LocalDate date);
}
