package org.parallax.search.lucene;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.search.SearchEngine;
import org.parallax.search.SearchEngineContract;

/** The embedded engine keeps the whole contract, on an index folder of its own per test. */
class LuceneSearchEngineTest extends SearchEngineContract {

    @TempDir
    Path folder;

    @Override
    protected SearchEngine newEngine() {
        return new LuceneSearchEngine(folder);
    }

    @Override
    protected void discard(SearchEngine engine) throws Exception {
        ((LuceneSearchEngine) engine).close();
    }
}
