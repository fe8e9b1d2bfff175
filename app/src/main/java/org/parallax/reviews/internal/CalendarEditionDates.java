package org.parallax.reviews.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.parallax.reviews.EditionDates;
import org.parallax.reviews.Editions;
import org.parallax.reviews.Review;
import org.springframework.stereotype.Component;

/** {@link EditionDates} by the review calendar and the editions frozen so far. */
@Component
class CalendarEditionDates implements EditionDates {

    /** No review goes out less than once a week, so a few weeks always find an edition not frozen. */
    private static final int DAYS_LOOKED_AT = 60;

    private final ReviewCalendar calendar;
    private final Editions editions;
    private final Clock clock;

    CalendarEditionDates(ReviewCalendar calendar, Editions editions, Clock clock) {
        this.calendar = calendar;
        this.editions = editions;
        this.clock = clock;
    }

    @Override
    public LocalDate next(Review review) {
        LocalDate date = calendar.nextEdition(review, LocalDate.now(clock.withZone(calendar.timeZone())));
        for (int day = 0; day < DAYS_LOOKED_AT && editions.edition(review, date).isPresent(); day++) {
            date = calendar.nextEdition(review, date.plusDays(1));
        }
        return date;
    }

    @Override
    public boolean publishes(Review review, LocalDate date) {
        return calendar.publishes(review, date);
    }
}
