package org.parallax.search;

import java.util.Collection;

/**
 * The search port: what Parallax needs from a search engine, not what one can do.
 * The Lucene adapter is the embedded default; an OpenSearch adapter serves many nodes.
 */
public interface SearchEngine {

    /** Adds or replaces these articles and records that the index now holds the library up to {@code change}. */
    void index(Collection<IndexedArticle> articles, long change);

    /** Removes these articles (by public id) and records {@code change}. */
    void delete(Collection<String> articleIds, long change);

    SearchResult search(SearchQuery query);

    /** The last library change the index holds; 0 for an empty index. */
    long lastIndexedChange();
}
