package org.parallax.library;

import java.time.Instant;
import java.util.List;

/**
 * A kept version of an article's title, dek and body. Number 1 is the article as first stored.
 * {@code author} and {@code note} say who made this version and why (null for imports and feeds);
 * {@code minor} marks a change readers need not be told about, such as a typo fix.
 */
public record Revision(int number, String title, String dek, List<Block> body, Instant recorded,
        String author, String note, boolean minor) {

    public Revision {
        body = List.copyOf(body);
    }
}
