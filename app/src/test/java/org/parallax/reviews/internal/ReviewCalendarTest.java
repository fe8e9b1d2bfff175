package org.parallax.reviews.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.reviews.Review;

class ReviewCalendarTest {

    private final ReviewCalendar calendar = new ReviewCalendar(ZoneId.of("Europe/Berlin"), 7,
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
            DayOfWeek.SATURDAY, 8, DayOfWeek.THURSDAY, 9);

    @Test
    void mondaysDailyReviewCoversTheWeekendSinceFridaysEdition() {
        LocalDate monday = LocalDate.of(2026, 12, 7);
        ReviewCalendar.Period period = calendar.period(Review.DAILY, monday);

        assertThat(period.from()).isEqualTo(LocalDate.of(2026, 12, 4).atTime(7, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant());
        assertThat(period.to()).isEqualTo(monday.atTime(7, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant());
    }

    @Test
    void aWeekdaysDailyReviewCoversTheDayBefore() {
        ReviewCalendar.Period period = calendar.period(Review.DAILY, LocalDate.of(2026, 12, 9));

        assertThat(Duration.between(period.from(), period.to())).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void theWeeklyReviewCoversTheWeekSinceTheLastOne() {
        ReviewCalendar.Period period = calendar.period(Review.WEEKLY, LocalDate.of(2026, 12, 12));

        assertThat(Duration.between(period.from(), period.to())).isEqualTo(Duration.ofDays(7));
        assertThat(calendar.previousEdition(Review.WEEKLY, LocalDate.of(2026, 12, 12))).isEqualTo(LocalDate.of(2026, 12, 5));
    }

    @Test
    void consecutiveEditionsLeaveNoGapAndDoNotOverlap() {
        LocalDate date = calendar.nextEdition(Review.DAILY, LocalDate.of(2026, 12, 1));
        for (int i = 0; i < 10; i++) {
            LocalDate next = calendar.nextEdition(Review.DAILY, date.plusDays(1));
            assertThat(calendar.period(Review.DAILY, next).from()).isEqualTo(calendar.period(Review.DAILY, date).to());
            date = next;
        }
    }

    @Test
    void aDaylightSavingChangeKeepsTheLocalSendHour() {
        // Clocks in Berlin went back on 25 October 2026: the edition still goes out at 07:00 local time.
        assertThat(calendar.sendTime(Review.DAILY, LocalDate.of(2026, 10, 26)).toLocalTime().getHour()).isEqualTo(7);
        assertThat(Duration.between(calendar.period(Review.DAILY, LocalDate.of(2026, 10, 26)).from(),
                calendar.period(Review.DAILY, LocalDate.of(2026, 10, 26)).to())).isEqualTo(Duration.ofHours(73));
    }

    @Test
    void anHourOutsideTheDayIsRefused() {
        assertThatThrownBy(() -> new ReviewCalendar(ZoneId.of("UTC"), 24, List.of(DayOfWeek.MONDAY),
                DayOfWeek.SATURDAY, 8, DayOfWeek.THURSDAY, 9)).hasMessageContaining("between 0 and 23");
    }
}
