package org.parallax.newsroom.internal.tips;

import java.time.Duration;
import org.parallax.readers.Throttle.Limit;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many tips one account, and one client IP, may send in a window: enough for a reader with
 * news, too few to flood the newsroom. Missing settings take the defaults below.
 */
@ConfigurationProperties("parallax.newsroom.tips")
record TipsProperties(Rate perAccount, Rate perIp) {

    TipsProperties {
        perAccount = perAccount == null ? new Rate(5, Duration.ofHours(1)) : perAccount;
        perIp = perIp == null ? new Rate(20, Duration.ofHours(1)) : perIp;
    }

    /** At most {@code attempts} per {@code window}. */
    record Rate(int attempts, Duration window) {

        Limit named(String name) {
            return new Limit(name, attempts, window);
        }
    }
}
