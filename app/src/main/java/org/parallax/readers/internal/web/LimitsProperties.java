package org.parallax.readers.internal.web;

import java.time.Duration;
import org.parallax.readers.Throttle.Limit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Rate limits on what can be abused to guess passwords, flood inboxes or guess links; each is
 * counted per address (or account) and per client IP. Missing settings take the defaults below.
 *
 * @param formSize the largest urlencoded form accepted, refused with 413 before anything reads it
 */
@ConfigurationProperties("parallax.readers.limits")
record LimitsProperties(Rate signInPerAddress, Rate signInPerIp, Rate linksPerAddress, Rate linksPerIp,
        Rate emailChangePerAccount, Rate emailChangePerIp, Rate linksRedeemedPerIp, DataSize formSize) {

    LimitsProperties {
        signInPerAddress = orElse(signInPerAddress, 10, Duration.ofMinutes(15));
        signInPerIp = orElse(signInPerIp, 50, Duration.ofMinutes(15));
        linksPerAddress = orElse(linksPerAddress, 5, Duration.ofHours(1));
        linksPerIp = orElse(linksPerIp, 30, Duration.ofHours(1));
        emailChangePerAccount = orElse(emailChangePerAccount, 5, Duration.ofHours(1));
        emailChangePerIp = orElse(emailChangePerIp, 30, Duration.ofHours(1));
        linksRedeemedPerIp = orElse(linksRedeemedPerIp, 30, Duration.ofMinutes(15));
        formSize = formSize == null ? DataSize.ofMegabytes(1) : formSize;
    }

    /** At most {@code attempts} per {@code window}. */
    record Rate(int attempts, Duration window) {

        Limit named(String name) {
            return new Limit(name, attempts, window);
        }
    }

    private static Rate orElse(Rate rate, int attempts, Duration window) {
        return rate == null ? new Rate(attempts, window) : rate;
    }
}
