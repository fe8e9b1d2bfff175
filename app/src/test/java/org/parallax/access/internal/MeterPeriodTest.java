package org.parallax.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.parallax.access.internal.MeterPeriod.MeterWindow;

class MeterPeriodTest {

    @Test
    void aMonthIsNamedByItsYearAndMonthAndRenewsOnTheFirst() {
        assertThat(MeterPeriod.MONTH.at(Instant.parse("2026-03-31T23:59:59Z"), ZoneOffset.UTC))
                .isEqualTo(new MeterWindow("2026-03", "March 2026", LocalDate.of(2026, 4, 1)));
        assertThat(MeterPeriod.MONTH.at(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC).renewsOn())
                .isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void aWeekIsAnIsoWeekStartingOnMonday() {
        assertThat(MeterPeriod.WEEK.at(Instant.parse("2026-03-14T07:30:00Z"), ZoneOffset.UTC))
                .isEqualTo(new MeterWindow("2026-W11", "the week of 9 March 2026", LocalDate.of(2026, 3, 16)));
        assertThat(MeterPeriod.WEEK.at(Instant.parse("2027-01-01T12:00:00Z"), ZoneOffset.UTC).key())
                .as("1 January 2027 is in the last ISO week of 2026").isEqualTo("2026-W53");
    }

    @Test
    void periodsBeginAtMidnightInThePublicationsTimeZone() {
        Instant lateOnTheLastDayInUtc = Instant.parse("2026-03-31T22:30:00Z");
        assertThat(MeterPeriod.MONTH.at(lateOnTheLastDayInUtc, ZoneOffset.UTC).key()).isEqualTo("2026-03");
        assertThat(MeterPeriod.MONTH.at(lateOnTheLastDayInUtc, ZoneId.of("Europe/Berlin")).key()).isEqualTo("2026-04");
        assertThat(MeterPeriod.MONTH.at(Instant.parse("2026-04-01T03:00:00Z"), ZoneId.of("America/New_York")).key())
                .isEqualTo("2026-03");
    }
}
