package org.parallax.newsroom.internal.tips;

import java.time.Clock;
import java.time.Duration;
import org.parallax.readers.Throttle;
import org.parallax.readers.Throttle.Limit;
import org.parallax.readers.TooManyAttempts;
import org.springframework.stereotype.Component;

/** The tip form's rate limits, per account and per client IP; the readers module answers the refusal with 429. */
@Component
class TipLimits {

    private final Throttle throttle;
    private final Clock clock;
    private final Limit perAccount;
    private final Limit perIp;

    TipLimits(Throttle throttle, TipsProperties properties, Clock clock) {
        this.throttle = throttle;
        this.clock = clock;
        this.perAccount = properties.perAccount().named("tips-per-account");
        this.perIp = properties.perIp().named("tips-per-ip");
    }

    void tip(long readerId, String ip) {
        // Both are counted every time, so a reader cannot spend one limit while the other looks away.
        boolean accountAllowed = throttle.allow(perAccount, Long.toString(readerId));
        boolean ipAllowed = throttle.allow(perIp, ip);
        if (!accountAllowed || !ipAllowed) {
            Limit spent = accountAllowed ? perIp : perAccount;
            throw new TooManyAttempts("tips sent", untilNextWindow(spent));
        }
    }

    /** The throttle counts in fixed windows aligned on the epoch, so the wait is to the next one. */
    private Duration untilNextWindow(Limit limit) {
        long window = limit.window().toMillis();
        return Duration.ofMillis(window - Math.floorMod(clock.millis(), window));
    }
}
