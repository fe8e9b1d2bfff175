package org.parallax.stories.internal.clustering;

/**
 * An article as the clusterer compares it: its most telling terms and its entities, each vector of
 * unit length once weighed by the document frequencies of its arrival.
 */
record ArticleDigest(Weights terms, Weights entities) {

    boolean isEmpty() {
        return terms.isEmpty() && entities.isEmpty();
    }
}
