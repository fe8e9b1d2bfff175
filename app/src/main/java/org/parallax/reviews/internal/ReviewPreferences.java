package org.parallax.reviews.internal;

import org.parallax.reviews.Review;

/**
 * Which emails a reader wants. Without a choice of their own, subscribers get both reviews and the
 * newsletter follows the reader's newsletter sign-up.
 */
public interface ReviewPreferences {

    boolean wants(long readerId, Review review);

    void choose(long readerId, Review review, boolean wanted);
}
