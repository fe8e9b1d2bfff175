package org.parallax.newsroom.internal.tips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.readers.Throttle;
import org.parallax.readers.TooManyAttempts;

/** The tip form's two limits: per account and per client IP, both counted on every tip. */
class TipLimitsTest {

    private final CountingThrottle throttle = new CountingThrottle();
    private final TipLimits limits = new TipLimits(throttle,
            new TipsProperties(new TipsProperties.Rate(2, Duration.ofHours(1)), new TipsProperties.Rate(3, Duration.ofHours(1))),
            Clock.fixed(Instant.parse("2026-03-14T07:15:00Z"), ZoneOffset.UTC));

    @Test
    void aThirdTipFromOneAccountWithinTheHourIsRefusedUntilTheNextWindow() {
        limits.tip(7, "10.0.0.1");
        limits.tip(7, "10.0.0.2");

        assertThatThrownBy(() -> limits.tip(7, "10.0.0.3")).isInstanceOfSatisfying(TooManyAttempts.class,
                refused -> assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(45)));
        limits.tip(8, "10.0.0.3");
    }

    @Test
    void oneClientIpCannotSendMoreThanItsLimitUnderManyAccounts() {
        limits.tip(1, "10.0.0.9");
        limits.tip(2, "10.0.0.9");
        limits.tip(3, "10.0.0.9");

        assertThatThrownBy(() -> limits.tip(4, "10.0.0.9")).isInstanceOf(TooManyAttempts.class);
        assertThat(throttle.counted).containsEntry("tips-per-account:4", 1).containsEntry("tips-per-ip:10.0.0.9", 4);
    }

    /** Counts without windows: enough for a test that stays within one. */
    static final class CountingThrottle implements Throttle {

        final Map<String, Integer> counted = new HashMap<>();

        @Override
        public boolean allow(Limit limit, String subject) {
            return counted.merge(limit.name() + ":" + subject, 1, Integer::sum) <= limit.attempts();
        }
    }
}
