package org.parallax.search;

/** A search that cannot be run as asked; the message tells the reader what to change. */
public class InvalidSearch extends RuntimeException {

    public InvalidSearch(String message) {
        super(message);
    }
}
