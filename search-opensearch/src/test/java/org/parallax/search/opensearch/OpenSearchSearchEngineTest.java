package org.parallax.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parallax.search.SearchEngine;
import org.parallax.search.SearchEngineContract;
import org.parallax.search.SearchFixtures;
import org.parallax.search.SearchQuery;

/** The OpenSearch adapter keeps the whole contract, on a real node, with an alias of its own per test. */
class OpenSearchSearchEngineTest extends SearchEngineContract {

    private static final AtomicInteger TESTS = new AtomicInteger();

    private String alias;

    @Override
    protected SearchEngine newEngine() {
        alias = "contract-" + TESTS.incrementAndGet();
        return new OpenSearchSearchEngine(OpenSearchTestNode.settings(alias));
    }

    @Test
    void anIndexDeletedUnderARunningSiteIsCreatedAgainWithItsMappingOnTheNextTry() {
        OpenSearchTestNode.dropIndexes(alias);

        assertThatThrownBy(() -> engine.index(List.of(SearchFixtures.wireReport()), 7)).as("not guessed from the documents")
                .isInstanceOf(IllegalStateException.class);
        engine.index(List.of(SearchFixtures.wireReport()), 7);

        assertThat(engine.lastIndexedChange()).isEqualTo(7);
        assertThat(engine.search(SearchQuery.of("NEGOTIATOR")).total()).as("analysed by the news analyzer").isEqualTo(1);
    }

    @Override
    protected void discard(SearchEngine engine) {
        ((OpenSearchSearchEngine) engine).close();
        OpenSearchTestNode.dropIndexes(alias);
    }
}
