package org.parallax.access.internal.billing;

/**
 * An event about a Stripe customer no reader is linked to, with no reader id to link it by. Refused
 * so that Stripe delivers it again later (the checkout event that links it may still be on its way).
 */
class UnknownCustomer extends RuntimeException {

    UnknownCustomer(String message) {
        super(message);
    }
}
