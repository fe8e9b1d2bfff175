package org.parallax.ingest.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads the publication dates found in exported feeds: ISO-8601 with an offset or zone, RFC 1123
 * as in RSS and HTTP, a date and time without a zone (taken as UTC, with a warning), or a bare date.
 */
final class PublishedDates {

    private static final Pattern SPACE_BETWEEN_DATE_AND_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d)");

    private PublishedDates() {
    }

    /** A read date; {@code warning} says how a guess was made, or is null. */
    record Reading(Instant instant, String warning) {
    }

    /** @throws IllegalArgumentException with a message for the person importing, when no form fits */
    static Reading read(String field, String text) {
        String value = SPACE_BETWEEN_DATE_AND_TIME.matcher(text.strip()).replaceFirst("$1T$2");
        try {
            return new Reading(ZonedDateTime.parse(value, DateTimeFormatter.ISO_DATE_TIME).toInstant(), null);
        } catch (DateTimeParseException notZoned) {
            // try the next form
        }
        try {
            Instant instant = LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
            return new Reading(instant, field + " has no time zone; read as UTC: " + text.strip());
        } catch (DateTimeParseException notLocal) {
            // try the next form
        }
        try {
            return new Reading(LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant(), null);
        } catch (DateTimeParseException notDate) {
            // try the next form
        }
        try {
            return new Reading(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(), null);
        } catch (DateTimeParseException notRfc1123) {
            throw new IllegalArgumentException(field + " is not a date (use ISO-8601 such as 2026-03-14T07:30:00Z, "
                    + "or RFC 1123 such as Sat, 14 Mar 2026 07:30:00 GMT): " + text.strip());
        }
    }
}
