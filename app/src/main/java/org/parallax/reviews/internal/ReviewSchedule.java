package org.parallax.reviews.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the server sends the reviews on its own.
 *
 * @param enabled whether this process sends on schedule (the server does; command-line tools never do)
 * @param tick    how often it looks for an edition whose send time has come, and for rows due a retry
 * @param catchUp how late an edition may still start: a server that was down longer than this past
 *                a send time skips that edition rather than mail yesterday's news
 */
@ConfigurationProperties("parallax.reviews.schedule")
record ReviewSchedule(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("30s") Duration tick,
        @DefaultValue("3h") Duration catchUp) {

    ReviewSchedule {
        if (tick.isNegative() || tick.isZero()) {
            throw new IllegalArgumentException("parallax.reviews.schedule.tick must be positive, not " + tick);
        }
        if (catchUp.isNegative()) {
            throw new IllegalArgumentException("parallax.reviews.schedule.catch-up must not be negative, not " + catchUp);
        }
    }
}
