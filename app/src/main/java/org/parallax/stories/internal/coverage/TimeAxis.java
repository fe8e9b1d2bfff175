package org.parallax.stories.internal.coverage;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The shared time axis of a timeline: its range and round ticks, hours for a story that runs a
 * day, days for one that runs weeks. A story whose articles all share one moment gets an hour
 * either side so its marks do not sit on the edge.
 */
final class TimeAxis {

    record Tick(Instant at, String label) {
    }

    private static final Duration[] STEPS = {
            Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(30),
            Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(12),
            Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(7), Duration.ofDays(14), Duration.ofDays(28),
            Duration.ofDays(91), Duration.ofDays(364)};
    private static final int MOST_TICKS = 7;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_HOUR = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Instant start;
    private final Instant end;
    private final ZoneId zone;

    TimeAxis(Instant first, Instant last, ZoneId zone) {
        Duration span = Duration.between(first, last);
        Duration margin = span.compareTo(Duration.ofMinutes(10)) < 0 ? Duration.ofHours(1) : span.dividedBy(25);
        this.start = first.minus(margin);
        this.end = last.plus(margin);
        this.zone = zone;
    }

    /** Where an instant falls, from 0 at the start of the axis to 1 at its end. */
    double position(Instant at) {
        return (double) Duration.between(start, at).toMillis() / Duration.between(start, end).toMillis();
    }

    List<Tick> ticks() {
        Duration span = Duration.between(start, end);
        Duration step = STEPS[STEPS.length - 1];
        for (Duration candidate : STEPS) {
            if (span.dividedBy(candidate) <= MOST_TICKS) {
                step = candidate;
                break;
            }
        }
        List<Tick> ticks = new ArrayList<>();
        ZonedDateTime at = firstTick(step);
        String previousDay = "";
        while (!at.toInstant().isAfter(end)) {
            String day = at.format(DAY);
            ticks.add(new Tick(at.toInstant(), label(at, step, !day.equals(previousDay))));
            previousDay = day;
            at = step.toDays() >= 1 ? at.plusDays(step.toDays()) : at.plus(step);
        }
        return ticks;
    }

    private ZonedDateTime firstTick(Duration step) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime at;
        if (step.toDays() >= 1) {
            at = from.truncatedTo(ChronoUnit.DAYS);
            if (step.toDays() >= 7) {
                at = at.minusDays(at.getDayOfWeek().getValue() - 1L); // weeks start on Monday
            }
        } else {
            ZonedDateTime day = from.truncatedTo(ChronoUnit.DAYS);
            long minutes = Duration.between(day, from).toMinutes();
            at = day.plusMinutes(minutes - minutes % step.toMinutes());
        }
        while (at.toInstant().isBefore(start)) {
            at = step.toDays() >= 1 ? at.plusDays(step.toDays()) : at.plus(step);
        }
        return at;
    }

    private static String label(ZonedDateTime at, Duration step, boolean newDay) {
        if (step.toDays() >= 28) {
            return at.format(DAY_YEAR);
        }
        if (step.toDays() >= 1) {
            return at.format(DAY);
        }
        return newDay ? at.format(DAY_HOUR) : at.format(HOUR);
    }

    /** A moment written out for a reader: "24 Nov 14:05 UTC". */
    static String describe(Instant at, ZoneId zone) {
        return at.atZone(zone).format(DAY_HOUR) + " " + zone.getId();
    }
}
