package org.parallax.library;

import java.time.Instant;
import java.util.List;

/** A kept version of an article's title and body. Number 1 is the article as first stored. */
public record Revision(int number, String title, List<Block> body, Instant recorded) {

    public Revision {
        body = List.copyOf(body);
    }
}
