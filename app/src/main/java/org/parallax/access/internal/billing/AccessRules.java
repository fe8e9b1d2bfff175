package org.parallax.access.internal.billing;

import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns a Stripe subscription status into access. Active and trialing subscriptions read until the
 * paid period ends (plus a little slack for a late renewal); a past-due one keeps access for the
 * grace period, counted from the first failure we heard of, or from the end of the paid period when
 * that came first; every other status (canceled, unpaid, incomplete, incomplete_expired, paused)
 * grants nothing.
 */
@Component
class AccessRules {

    private final Duration grace;
    private final Duration slack;

    @Autowired
    AccessRules(BillingProperties properties) {
        this(properties.gracePeriod(), properties.periodSlack());
    }

    AccessRules(Duration grace, Duration slack) {
        this.grace = grace;
        this.slack = slack;
    }

    /**
     * @param status    Stripe's status of the subscription
     * @param periodEnd the end of the current period Stripe reports (may be null)
     * @param before    the row as it stood before this event, or null for a new one
     * @param failedAt  when the failure that this status follows happened (the event's time)
     */
    Standing standing(String status, Instant periodEnd, StripeSubscription before, Instant failedAt) {
        return switch (status) {
            case "active", "trialing" -> new Standing(status, periodEnd != null, periodEnd == null ? null : periodEnd.plus(slack));
            case "past_due" -> new Standing(status, true, graceEnd(before, failedAt));
            default -> new Standing(status, false, before == null ? null : before.accessUntil());
        };
    }

    /** A grace period, once started, is not started again by later failures or retries. */
    Instant graceEnd(StripeSubscription before, Instant failedAt) {
        if (before != null && "past_due".equals(before.status()) && before.accessUntil() != null) {
            return before.accessUntil();
        }
        Instant start = failedAt;
        if (before != null && before.currentPeriodEnd() != null && before.currentPeriodEnd().isBefore(start)) {
            start = before.currentPeriodEnd();
        }
        return start.plus(grace);
    }
}
