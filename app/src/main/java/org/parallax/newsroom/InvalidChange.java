package org.parallax.newsroom;

/** An update or correction the newsroom refuses, with a message an editor can act on. */
public class InvalidChange extends RuntimeException {

    public InvalidChange(String message) {
        super(message);
    }
}
