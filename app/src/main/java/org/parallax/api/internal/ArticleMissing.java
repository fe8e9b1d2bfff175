package org.parallax.api.internal;

/** No article has the asked-for id. */
class ArticleMissing extends RuntimeException {

    ArticleMissing(String id) {
        super("No article has the id \"" + id + "\".");
    }
}
