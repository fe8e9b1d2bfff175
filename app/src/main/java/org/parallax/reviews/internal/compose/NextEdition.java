package org.parallax.reviews.internal.compose;

import java.time.LocalDate;
import org.parallax.reviews.Review;

/** A review on the newsroom's list, with the date and send time of its next edition. */
public record NextEdition(Review review, LocalDate date, String sendTime) {
}
