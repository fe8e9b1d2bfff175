package org.parallax.newsroom.internal.editing;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The newsroom's editing settings.
 *
 * @param longestText          the most Markdown characters one article may have
 * @param largestImageSide     the most pixels a lead image may declare on either side
 * @param timeZone             the zone the editors' schedule times are typed in
 * @param scheduleEnabled      whether this process publishes scheduled articles (the server does;
 *                             command-line tools never do)
 * @param scheduleTick         how often it looks for scheduled articles that are due
 */
@ConfigurationProperties("parallax.newsroom.editing")
record EditingSettings(
        @DefaultValue("200000") int longestText,
        @DefaultValue("4000") int largestImageSide,
        @DefaultValue("UTC") ZoneId timeZone,
        @DefaultValue("true") boolean scheduleEnabled,
        @DefaultValue("30s") Duration scheduleTick) {

    EditingSettings {
        if (longestText < 1 || largestImageSide < 1) {
            throw new IllegalArgumentException("parallax.newsroom.editing limits must be positive");
        }
        if (scheduleTick.isNegative() || scheduleTick.isZero()) {
            throw new IllegalArgumentException("parallax.newsroom.editing.schedule-tick must be positive, not " + scheduleTick);
        }
    }
}
