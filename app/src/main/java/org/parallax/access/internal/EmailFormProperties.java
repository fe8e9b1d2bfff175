package org.parallax.access.internal;

import java.time.Duration;
import org.parallax.readers.Throttle;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limits of the email form under a gated article: each use unlocks an article and sends a
 * mail, so both are limited per client address and per email address.
 */
@ConfigurationProperties("parallax.access.email-form")
record EmailFormProperties(@DefaultValue("5") int perIp, @DefaultValue("1h") Duration ipWindow,
        @DefaultValue("3") int perAddress, @DefaultValue("1d") Duration addressWindow) {

    Throttle.Limit byIp() {
        return new Throttle.Limit("email-form-by-ip", perIp, ipWindow);
    }

    Throttle.Limit byAddress() {
        return new Throttle.Limit("email-form-by-address", perAddress, addressWindow);
    }
}
