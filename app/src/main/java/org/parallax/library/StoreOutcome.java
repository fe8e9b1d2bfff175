package org.parallax.library;

/** What storing a draft did to the library. */
public enum StoreOutcome {
    ADDED,
    UPDATED,
    UNCHANGED,
    /** The article was taken off the site: it, its revisions and what was derived from it are gone. */
    WITHDRAWN
}
