package org.parallax.reviews.internal.web;

import org.parallax.reviews.Review;

/**
 * One check box of the preference page (public for the template).
 *
 * @param open whether the reader may get this email at all (else the box is shown disabled)
 */
public record EmailChoice(Review review, boolean wanted, boolean open) {
}
