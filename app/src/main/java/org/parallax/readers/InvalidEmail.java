package org.parallax.readers;

/** An email address refused; the message says why, for the person who typed it. */
public class InvalidEmail extends RuntimeException {

    public InvalidEmail(String message) {
        super(message);
    }
}
