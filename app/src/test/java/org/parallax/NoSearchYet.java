package org.parallax;

import java.util.Collection;
import org.parallax.search.SearchEngine;
import org.parallax.search.SearchQuery;
import org.parallax.search.SearchResult;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Stands in for the Lucene engine until branch search lands; any call to search fails the test. */
@TestConfiguration(proxyBeanMethods = false)
public class NoSearchYet {

    @Bean
    SearchEngine searchEngine() {
        return new SearchEngine() {
            @Override
            public void index(Collection<org.parallax.search.IndexedArticle> articles, long change) {
            }

            @Override
            public void delete(Collection<String> articleIds, long change) {
            }

            @Override
            public SearchResult search(SearchQuery query) {
                throw new AssertionError("no search engine on this branch yet");
            }

            @Override
            public long lastIndexedChange() {
                return 0;
            }
        };
    }
}
