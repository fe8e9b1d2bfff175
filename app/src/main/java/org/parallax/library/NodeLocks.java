package org.parallax.library;

import java.time.Duration;

/**
 * Leases kept in the database so that a scheduled round (feed polling, the story desk, scheduled
 * publishing, the reviews' schedule) runs on one app node at a time. Hand the lock to a
 * {@link ChangeLogFollower}; it takes or renews the lease before each round.
 */
public interface NodeLocks {

    /**
     * The lock of this name. A node that holds it and stops renewing (it died, or a round outlasted
     * the lease) loses it once the lease runs out, so the lease must outlast a round; every round is
     * still safe on its own (claims in the database), the lock only saves the duplicate work.
     */
    NodeLock lock(String name, Duration lease);

    /** One named lease, held by at most one node until it runs out. */
    interface NodeLock {

        /**
         * Takes the lease, or renews it when this node holds it already.
         *
         * @return true when this node holds it now, false when another node does
         */
        boolean hold();

        /** Lets it go at once, when this node holds it, so another node need not wait out the lease. */
        void release();
    }
}
