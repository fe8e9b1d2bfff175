package org.parallax.search;

import java.time.Duration;
import java.util.function.Consumer;

/** Keeps the search index up to the library, and rebuilds it when asked. */
public interface SearchIndexing {

    /** Waits until every library change made before this call is searchable; false if {@code timeout} passed first. */
    boolean awaitCaughtUp(Duration timeout);

    /**
     * Indexes, in the calling thread, every library change the index does not hold yet.
     *
     * @throws SearchIndexBusy when another process (a running server) holds the index; it will
     *                         index the changes itself
     */
    void catchUp();

    /**
     * Rebuilds the index from the whole library, reporting progress along the way.
     *
     * @throws SearchIndexBusy when another process holds the index
     */
    ReindexProgress reindex(Consumer<ReindexProgress> progress);
}
