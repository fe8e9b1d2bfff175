package org.parallax.search;

/**
 * The search engine is down or did not answer in time. The rest of the site works on; a search
 * page says search is unavailable, the API answers 503, and the indexer retries later from its
 * mark, so nothing stored is lost.
 */
public class SearchUnavailable extends RuntimeException {

    public SearchUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
