package org.parallax.readers;

import java.time.Duration;

/**
 * Refuses an attempt over a rate limit (sign-in, emailed links, email change). Nothing was sent or
 * changed; the web answers 429 with a page that says to wait, whether or not the account exists.
 */
public class TooManyAttempts extends RuntimeException {

    private final Duration retryAfter;

    /**
     * @param what       what there were too many of, for the page ("sign-in attempts")
     * @param retryAfter how long until the limit's window starts afresh
     */
    public TooManyAttempts(String what, Duration retryAfter) {
        super(what);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
