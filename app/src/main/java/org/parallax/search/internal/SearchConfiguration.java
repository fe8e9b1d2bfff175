package org.parallax.search.internal;

import java.time.Duration;
import org.parallax.access.AccessPolicy;
import org.parallax.library.Library;
import org.parallax.library.NodeLocks;
import org.parallax.search.SearchEngine;
import org.parallax.search.lucene.LuceneSearchEngine;
import org.parallax.search.opensearch.OpenSearchSearchEngine;
import org.parallax.search.opensearch.OpenSearchSettings;
import org.parallax.stories.EntityFinder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Search: the embedded Lucene index in the data folder, or an OpenSearch cluster all nodes share
 * ({@code parallax.search.engine}), kept up to the library by one indexer thread.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    /** Closed with the context: both engines are Closeable, and Spring infers their close(). */
    @Bean
    SearchEngine searchEngine(SearchProperties properties) {
        return switch (properties.engine()) {
            case LUCENE -> new LuceneSearchEngine(properties.index());
            case OPENSEARCH -> {
                SearchProperties.OpenSearch cluster = properties.opensearch();
                yield new OpenSearchSearchEngine(new OpenSearchSettings(cluster.url(), cluster.alias(), cluster.connectTimeout(),
                        cluster.socketTimeout()));
            }
        };
    }

    /** A shared index is written by one node at a time; a lease outlasts a batch, not a whole rebuild. */
    private static final Duration INDEXER_LEASE = Duration.ofMinutes(5);

    @Bean
    SearchIndexer searchIndexer(Library library, AccessPolicy accessPolicy, EntityFinder entityFinder, SearchEngine engine,
            SearchProperties properties, NodeLocks locks) {
        NodeLocks.NodeLock lock = engine.shared() ? locks.lock("search-indexer", INDEXER_LEASE) : null;
        return new SearchIndexer(library, new IndexedArticles(accessPolicy, entityFinder), engine, properties, lock);
    }

    /** Named so the health endpoint lists it as "search". */
    @Bean
    SearchHealth searchHealthIndicator(SearchEngine engine, Library library, SearchProperties properties) {
        return new SearchHealth(engine, library, properties.engine());
    }
}
