package org.parallax.search;

/**
 * The index is being written by another process (a server holds it while an import runs, or the
 * other way round). Searches still work; writes are retried later.
 */
public class SearchIndexBusy extends RuntimeException {

    public SearchIndexBusy(String message, Throwable cause) {
        super(message, cause);
    }
}
