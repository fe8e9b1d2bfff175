package org.parallax.readers;

/** An account change refused (no such account, a password too short); the message says why. */
public class InvalidReader extends RuntimeException {

    public InvalidReader(String message) {
        super(message);
    }
}
