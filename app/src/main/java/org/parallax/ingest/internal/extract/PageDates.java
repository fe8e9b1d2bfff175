package org.parallax.ingest.internal.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads the machine dates pages carry in metadata: ISO-8601 with or without an offset (a missing
 * offset is read as UTC), with a space for the "T" or an offset without a colon, a bare date, and
 * RFC 1123. Anything else gives null: a page's date is a nicety, never a reason to fail.
 */
final class PageDates {

    private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[ T](\\d)");
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final Pattern UTC_SUFFIX = Pattern.compile("\\s*(UTC|GMT)$");

    private PageDates() {
    }

    static Instant parse(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 64) {
            return null;
        }
        String value = SPACE_BEFORE_TIME.matcher(raw.strip()).replaceFirst("$1T$2");
        value = UTC_SUFFIX.matcher(value).replaceFirst("Z");
        if (value.contains("T")) {
            value = OFFSET_WITHOUT_COLON.matcher(value).replaceFirst("$1:$2");
        }
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException notOffset) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.ISO_ZONED_DATE_TIME).toInstant();
        } catch (DateTimeParseException notZoned) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notLocal) {
            // try the next form
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value)
                    .atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notDate) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(raw.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException notRfc1123) {
            return null;
        }
    }
}
