package org.parallax.search.opensearch;

import java.util.concurrent.atomic.AtomicInteger;
import org.parallax.search.SearchEngine;
import org.parallax.search.SearchEngineContract;

/** The OpenSearch adapter keeps the whole contract, on a real node, with an alias of its own per test. */
class OpenSearchSearchEngineTest extends SearchEngineContract {

    private static final AtomicInteger TESTS = new AtomicInteger();

    private String alias;

    @Override
    protected SearchEngine newEngine() {
        alias = "contract-" + TESTS.incrementAndGet();
        return new OpenSearchSearchEngine(OpenSearchTestNode.settings(alias));
    }

    @Override
    protected void discard(SearchEngine engine) {
        ((OpenSearchSearchEngine) engine).close();
        OpenSearchTestNode.dropIndexes(alias);
    }
}
