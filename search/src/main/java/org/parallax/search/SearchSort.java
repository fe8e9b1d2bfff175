package org.parallax.search;

/** Result order: best match first, or newest first. */
public enum SearchSort {
    RELEVANCE,
    DATE
}
