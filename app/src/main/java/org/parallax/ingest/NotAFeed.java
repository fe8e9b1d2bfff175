package org.parallax.ingest;

/** The content is not a feed Parallax can read; the message says what it looked like instead. */
public class NotAFeed extends RuntimeException {

    public NotAFeed(String message) {
        super(message);
    }

    public NotAFeed(String message, Throwable cause) {
        super(message, cause);
    }
}
