package org.parallax.access.internal.billing;

import java.time.Instant;

/** One subscription as the admin page lists it: whose, from where, and how it stands. */
public record SubscriptionEntry(long id, String readerEmail, String source, String status, boolean grantsAccess,
        Instant accessUntil, String planName, String stripeSubscriptionId, String note, String grantedByEmail) {

    static final String STRIPE = "stripe";
    static final String COMPLIMENTARY = "complimentary";

    /** Whether this row gives access at that moment: the rule JdbcSubscriptions applies. */
    public boolean readsAt(Instant now) {
        return grantsAccess && (accessUntil == null || accessUntil.isAfter(now));
    }

    public boolean complimentary() {
        return COMPLIMENTARY.equals(source);
    }
}
