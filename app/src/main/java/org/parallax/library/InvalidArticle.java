package org.parallax.library;

/** A draft the library refuses to store; the message says why, for the person importing it. */
public class InvalidArticle extends RuntimeException {

    public InvalidArticle(String message) {
        super(message);
    }
}
