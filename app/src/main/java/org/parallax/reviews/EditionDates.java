package org.parallax.reviews;

import java.time.LocalDate;

/** The days a review has editions on, for those who ask outside the schedule (the command line). */
public interface EditionDates {

    /**
     * The date of the review's next edition: the first day, from today in the publication's time
     * zone, on which the review goes out and whose edition has not been frozen yet.
     */
    LocalDate next(Review review);

    /** Whether the review goes out on this day. */
    boolean publishes(Review review, LocalDate date);
}
