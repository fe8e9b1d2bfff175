package org.parallax.access.internal.billing;

/** A plan an admin entered that cannot be sold as it is; the message says what to fix. */
class InvalidPlan extends RuntimeException {

    InvalidPlan(String message) {
        super(message);
    }
}
