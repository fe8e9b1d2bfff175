package org.parallax.access.internal.billing;

import java.time.Instant;

/**
 * A subscription as its reader sees it on the account page and in the export: no admin's notes,
 * no other reader, nothing of Stripe but the customer id that is theirs.
 *
 * @param paidUntil the end of the paid period Stripe last reported; null for complimentary ones
 */
record OwnSubscription(String source, String status, boolean grantsAccess, Instant accessUntil, Instant paidUntil,
        Instant created, Instant updated, String stripeCustomerId, String planName) {

    boolean readsAt(Instant now) {
        return grantsAccess && (accessUntil == null || accessUntil.isAfter(now));
    }

    boolean complimentary() {
        return SubscriptionEntry.COMPLIMENTARY.equalsIgnoreCase(source);
    }
}
