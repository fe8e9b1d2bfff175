package org.parallax.ingest;

/** A feed change that cannot be made; the message says why, for the admin making it. */
public class InvalidFeed extends RuntimeException {

    public InvalidFeed(String message) {
        super(message);
    }
}
