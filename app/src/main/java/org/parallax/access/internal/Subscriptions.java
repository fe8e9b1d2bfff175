package org.parallax.access.internal;

import java.time.Instant;

/** Whether a reader holds All-Access now: a paid subscription in good standing or a complimentary one. */
interface Subscriptions {

    boolean allAccess(long readerId, Instant now);
}
