package org.parallax.readers;

/**
 * Refuses an attempt over a rate limit (sign-in, emailed links, email change). Nothing was sent or
 * changed; the web answers 429 with a page that says to wait, whether or not the account exists.
 */
public class TooManyAttempts extends RuntimeException {

    public TooManyAttempts(String what) {
        super(what);
    }
}
