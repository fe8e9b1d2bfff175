package org.parallax.library;

/** An outlet change the library refuses; the message says why, for the admin making it. */
public class InvalidOutlet extends RuntimeException {

    public InvalidOutlet(String message) {
        super(message);
    }
}
