package org.parallax.stories.internal.clustering;

/**
 * An article as the clusterer compares it: its most telling terms, its entities and its names
 * (capitalised words and years), each vector of unit length once weighed by the document
 * frequencies of its arrival.
 */
record ArticleDigest(Weights terms, Weights entities, Weights names) {

    boolean isEmpty() {
        return terms.isEmpty() && entities.isEmpty() && names.isEmpty();
    }
}
