package org.parallax.api.internal;

/** A request the API refuses as malformed; the message tells the client what to change. */
class BadApiRequest extends RuntimeException {

    BadApiRequest(String message) {
        super(message);
    }
}
