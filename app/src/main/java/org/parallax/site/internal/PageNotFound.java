package org.parallax.site.internal;

/** A page that does not exist: answered with the site's 404 page. */
class PageNotFound extends RuntimeException {

    PageNotFound(String message) {
        super(message);
    }
}
