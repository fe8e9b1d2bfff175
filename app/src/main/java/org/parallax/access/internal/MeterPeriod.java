package org.parallax.access.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The calendar periods an allowance can renew with, counted in the publication's time zone. */
enum MeterPeriod {

    MONTH("month") {
        @Override
        MeterWindow at(LocalDate day) {
            YearMonth month = YearMonth.from(day);
            return new MeterWindow(month.toString(), MONTH_LABEL.format(month), month.plusMonths(1).atDay(1));
        }
    },
    WEEK("week") {
        @Override
        MeterWindow at(LocalDate day) {
            LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            String key = "%d-W%02d".formatted(monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            return new MeterWindow(key, "the week of " + DAY_LABEL.format(monday), monday.plusWeeks(1));
        }
    };

    private static final DateTimeFormatter MONTH_LABEL = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final String word;

    MeterPeriod(String word) {
        this.word = word;
    }

    /** "month" or "week". */
    String word() {
        return word;
    }

    /** The period holding this moment, as the publication's calendar in {@code zone} has it. */
    MeterWindow at(Instant moment, ZoneId zone) {
        return at(LocalDate.ofInstant(moment, zone));
    }

    abstract MeterWindow at(LocalDate day);

    /**
     * One period of the meter.
     *
     * @param key      how the database names it: 2026-03, or 2026-W11 (ISO weeks)
     * @param label    how readers read it: March 2026, or the week of 9 March 2026
     * @param renewsOn the first day of the next period
     */
    record MeterWindow(String key, String label, LocalDate renewsOn) {
    }
}
