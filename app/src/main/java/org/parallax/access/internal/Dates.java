package org.parallax.access.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Days as the meter's sentences write them: 1 April 2026. */
final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Dates() {
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }
}
