package org.parallax.access.internal;

import java.time.Clock;
import org.parallax.access.Subscribers;
import org.springframework.stereotype.Component;

/** {@link Subscribers} by the subscription table, at the server's clock. */
@Component
class CurrentSubscribers implements Subscribers {

    private final Subscriptions subscriptions;
    private final Clock clock;

    CurrentSubscribers(Subscriptions subscriptions, Clock clock) {
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    @Override
    public boolean allAccess(long readerId) {
        return subscriptions.allAccess(readerId, clock.instant());
    }
}
