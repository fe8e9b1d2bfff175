package org.parallax.access;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * The readers who hold All-Access, paid or complimentary: those the reviews go to. The same rule
 * decides here as on every page (a subscription that grants access and has not run out).
 */
public interface Subscribers {

    /** Every reader holding All-Access at that moment. */
    Set<Long> holdingAllAccess(Instant now);

    /** Those among these readers who hold All-Access at that moment (one query, for work done in batches). */
    Set<Long> holdingAllAccess(Collection<Long> readerIds, Instant now);
}
