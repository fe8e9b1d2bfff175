package org.parallax.newsroom;

/** Refuses a tip that cannot be kept; the message is written for the reader who sent it. */
public class InvalidTip extends RuntimeException {

    public InvalidTip(String message) {
        super(message);
    }
}
