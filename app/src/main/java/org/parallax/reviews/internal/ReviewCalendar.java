package org.parallax.reviews.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.parallax.reviews.Review;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When each review goes out, read in the publication's time zone. An edition is named by the day
 * it goes out; it covers the period that ends at its send time (a day for the Daily Review, a
 * week for the Weekly Review and the newsletter).
 *
 * @param timeZone        the publication's time zone
 * @param dailyHour       the hour (0-23) the Daily Review goes out
 * @param dailyDays       the days it goes out (weekdays by default)
 * @param weeklyDay       the day the Weekly Review goes out
 * @param weeklyHour      its hour
 * @param newsletterDay   the day the free newsletter goes out
 * @param newsletterHour  its hour
 */
@ConfigurationProperties("parallax.reviews.calendar")
public record ReviewCalendar(
        @DefaultValue("UTC") ZoneId timeZone,
        @DefaultValue("7") int dailyHour,
        @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"}) List<DayOfWeek> dailyDays,
        @DefaultValue("SATURDAY") DayOfWeek weeklyDay,
        @DefaultValue("8") int weeklyHour,
        @DefaultValue("THURSDAY") DayOfWeek newsletterDay,
        @DefaultValue("9") int newsletterHour) {

    public ReviewCalendar {
        for (int hour : new int[] {dailyHour, weeklyHour, newsletterHour}) {
            if (hour < 0 || hour > 23) {
                throw new IllegalArgumentException("parallax.reviews.calendar hours lie between 0 and 23, not " + hour);
            }
        }
        if (dailyDays == null || dailyDays.isEmpty()) {
            throw new IllegalArgumentException("parallax.reviews.calendar.daily-days names at least one day");
        }
        dailyDays = List.copyOf(dailyDays);
    }

    public static ReviewCalendar defaults() {
        return new ReviewCalendar(ZoneId.of("UTC"), 7, List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), DayOfWeek.SATURDAY, 8,
                DayOfWeek.THURSDAY, 9);
    }

    /** The days of the week a review goes out. */
    public Set<DayOfWeek> days(Review review) {
        return switch (review) {
            case DAILY -> EnumSet.copyOf(dailyDays);
            case WEEKLY -> EnumSet.of(weeklyDay);
            case NEWSLETTER -> EnumSet.of(newsletterDay);
        };
    }

    public int hour(Review review) {
        return switch (review) {
            case DAILY -> dailyHour;
            case WEEKLY -> weeklyHour;
            case NEWSLETTER -> newsletterHour;
        };
    }

    /** Whether the review has an edition on this date. */
    public boolean publishes(Review review, LocalDate date) {
        return days(review).contains(date.getDayOfWeek());
    }

    /** When the edition of this date goes out. */
    public ZonedDateTime sendTime(Review review, LocalDate date) {
        return date.atTime(hour(review), 0).atZone(timeZone);
    }

    /**
     * The period an edition covers: from the send time of the review's edition before it to its own
     * send time, so Monday's Daily Review covers the weekend and no news falls between two editions.
     */
    public Period period(Review review, LocalDate date) {
        ZonedDateTime end = sendTime(review, date);
        ZonedDateTime start = sendTime(review, previousEdition(review, date));
        return new Period(start.toInstant(), end.toInstant());
    }

    /** The last date before this one on which the review has an edition. */
    public LocalDate previousEdition(Review review, LocalDate before) {
        LocalDate date = before.minusDays(1);
        while (!publishes(review, date)) {
            date = date.minusDays(1);
        }
        return date;
    }

    /** The next date on or after this one on which the review has an edition. */
    public LocalDate nextEdition(Review review, LocalDate from) {
        LocalDate date = from;
        while (!publishes(review, date)) {
            date = date.plusDays(1);
        }
        return date;
    }

    public record Period(java.time.Instant from, java.time.Instant to) {
    }
}
