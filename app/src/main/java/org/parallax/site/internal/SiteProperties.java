package org.parallax.site.internal;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reader site settings.
 *
 * @param timeZone the zone dates are shown in until the reader's browser tells us its own
 */
@ConfigurationProperties("parallax.site")
record SiteProperties(@DefaultValue("UTC") ZoneId timeZone) {
}
