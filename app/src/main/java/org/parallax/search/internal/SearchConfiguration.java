package org.parallax.search.internal;

import org.parallax.access.AccessPolicy;
import org.parallax.library.Library;
import org.parallax.search.SearchEngine;
import org.parallax.search.lucene.LuceneSearchEngine;
import org.parallax.stories.EntityFinder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The embedded search: a Lucene index in the data folder, kept up to the library by one indexer thread. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean(destroyMethod = "close")
    LuceneSearchEngine luceneSearchEngine(SearchProperties properties) {
        return new LuceneSearchEngine(properties.index());
    }

    @Bean
    SearchIndexer searchIndexer(Library library, AccessPolicy accessPolicy, EntityFinder entityFinder, SearchEngine engine,
            SearchProperties properties) {
        return new SearchIndexer(library, new IndexedArticles(accessPolicy, entityFinder), engine, properties);
    }
}
