package org.parallax.site.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formats dates in one reader's time zone; every page gets one as the model attribute {@code dates}. */
public record ReaderDates(ZoneId zone) {

    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm zzz", Locale.ENGLISH);

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    /** The time of day alone, as an update's label gives it ("Update, 14:20"). */
    public String clock(Instant instant) {
        return CLOCK.format(instant.atZone(zone));
    }

    /** Null in, null out: not every article has an update time. */
    public Moment of(Instant instant) {
        return instant == null ? null : new Moment(instant.toString(), TEXT.format(instant.atZone(zone)));
    }
}
