package org.parallax.library;

/** What storing a draft did to the library. */
public enum StoreOutcome {
    ADDED,
    UPDATED,
    UNCHANGED
}
