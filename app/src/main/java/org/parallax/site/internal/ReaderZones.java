package org.parallax.site.internal;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** Picks the zone for a request: the browser's, from the {@code tz} cookie, when it names a real zone. */
@Component
class ReaderZones {

    private final ZoneId fallback;

    ReaderZones(SiteProperties properties) {
        this.fallback = properties.timeZone();
    }

    ZoneId zoneFor(String cookie) {
        // Region ids are short; anything long or odd is not a zone the browser sent, so it is ignored.
        if (cookie == null || cookie.isBlank() || cookie.length() > 64) {
            return fallback;
        }
        try {
            return ZoneId.of(cookie.strip());
        } catch (DateTimeException e) {
            return fallback;
        }
    }
}
