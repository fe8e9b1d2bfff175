package org.parallax.access.internal;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The meter's settings.
 *
 * @param allowance how many articles a registered reader may unlock per period
 * @param period    the calendar period the allowance renews with: month or week
 * @param timeZone  where the publication's periods begin (midnight on the 1st, or on Monday)
 */
@ConfigurationProperties("parallax.access.meter")
record MeterProperties(@DefaultValue("3") int allowance, @DefaultValue("month") MeterPeriod period,
        @DefaultValue("UTC") ZoneId timeZone) {

    MeterProperties {
        if (allowance < 0) {
            throw new IllegalArgumentException("parallax.access.meter.allowance cannot be negative");
        }
    }
}
