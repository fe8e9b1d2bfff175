package org.parallax.readers;

/**
 * Data another module keeps about a reader (unlocked articles, subscriptions), added to the
 * reader's JSON export under {@link #name()}. Deleting the account publishes {@link ReaderDeleted}
 * so the same module can erase it.
 */
public interface AccountData {

    /** The export's key for this data, e.g. "subscriptions"; unique among the implementations. */
    String name();

    /**
     * This reader's data as plain values that serialize to JSON: strings, numbers, booleans,
     * lists and maps of them (dates as ISO-8601 strings).
     */
    Object export(Reader reader);
}
