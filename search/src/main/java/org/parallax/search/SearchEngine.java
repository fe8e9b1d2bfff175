package org.parallax.search;

import java.util.Collection;
import java.util.function.Consumer;

/**
 * The search port: what Parallax needs from a search engine, not what one can do.
 * The Lucene adapter is the embedded default; an OpenSearch adapter serves many nodes.
 * Any call may throw {@link SearchUnavailable} when the engine cannot answer in time.
 */
public interface SearchEngine {

    /** Adds or replaces these articles and records that the index now holds the library up to {@code change}. */
    void index(Collection<IndexedArticle> articles, long change);

    /** Removes these articles (by public id) and records {@code change}. */
    void delete(Collection<String> articleIds, long change);

    SearchResult search(SearchQuery query);

    /** The last library change the index holds; 0 for an empty index. */
    long lastIndexedChange();

    /**
     * Replaces the whole index with the articles {@code walk} hands over, recorded as holding the
     * library up to {@code change}. Searches keep answering from the old index until the new one
     * is complete; if the rebuild fails, the old one stays.
     */
    void rebuild(long change, Walk walk);

    /**
     * The index was laid out by another version of Parallax (fields the searches now ask for are
     * missing) and must be rebuilt before anything is added to it.
     */
    boolean outdated();

    /**
     * Whether every node of the site reads and writes this one index (OpenSearch), or each node
     * keeps its own (Lucene). A shared index needs one indexer across all nodes.
     */
    boolean shared();

    /** Something that hands articles to a rebuild, batch by batch. */
    interface Walk {
        void addTo(Consumer<Collection<IndexedArticle>> rebuild);
    }
}
