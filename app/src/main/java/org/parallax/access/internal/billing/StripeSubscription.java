package org.parallax.access.internal.billing;

import java.time.Instant;

/**
 * A subscription row that Stripe bills, as the webhook needs it.
 *
 * @param lastEventAt the creation time of the newest Stripe event applied to it (null: none yet)
 */
record StripeSubscription(long id, long readerId, String stripeCustomerId, String stripeSubscriptionId, String status,
        boolean grantsAccess, Instant accessUntil, Instant currentPeriodEnd, Instant lastEventAt) {
}
