package org.parallax.readers;

import java.time.Duration;

/**
 * Counts attempts at something abusable (signing in, asking for links, email forms) per address
 * and per client, in the database so that every app node counts together and a restart forgets
 * nothing. Only a hash of the subject (an email, an IP address) is stored.
 */
public interface Throttle {

    /**
     * Counts one attempt by {@code subject} under {@code limit}.
     *
     * @return false when the subject already used up the limit's attempts in the current window
     */
    boolean allow(Limit limit, String subject);

    /**
     * At most {@code attempts} per {@code window}, counted separately for each subject.
     *
     * @param name which limit this is, e.g. "sign-in-by-ip"; subjects of different limits never mix
     */
    record Limit(String name, int attempts, Duration window) {

        public Limit {
            if (attempts < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("a limit allows at least one attempt in a positive window");
            }
        }
    }
}
