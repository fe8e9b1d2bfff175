package org.parallax.stories.internal.clustering;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * In how many articles each term (or entity key) has appeared, learned as articles arrive. The
 * inverse document frequency is smoothed, so a term never seen counts as the rarest. The table is
 * bounded: past its size, the rarest terms are forgotten and count as unseen again.
 */
final class DocumentFrequencies {

    private final int capacity;
    private final Map<String, Integer> frequencies = new HashMap<>();
    private long articles;
    private final long background;

    DocumentFrequencies(int capacity, long background) {
        this.background = background;
        this.capacity = capacity;
    }

    void add(Collection<String> distinctKeys) {
        articles++;
        for (String key : distinctKeys) {
            frequencies.merge(key, 1, Integer::sum);
        }
        if (frequencies.size() > capacity) {
            prune();
        }
    }

    /**
     * log((1 + N + B) / (1 + df)) + 1, with B background articles that hold none of the terms:
     * above zero for every term, highest for the unseen, and not near zero for a term every article
     * of a young library shares.
     */
    double idf(String key) {
        return Math.log((1.0 + articles + background) / (1.0 + frequencies.getOrDefault(key, 0))) + 1.0;
    }

    long articles() {
        return articles;
    }

    Map<String, Integer> table() {
        return frequencies;
    }

    void restore(long articles, Map<String, Integer> table) {
        this.articles = articles;
        frequencies.clear();
        frequencies.putAll(table);
    }

    /** Forgets the terms seen once, then twice, and so on, until a fifth of the room is free. */
    private void prune() {
        int target = capacity * 4 / 5;
        for (int seen = 1; frequencies.size() > target; seen++) {
            int limit = seen;
            frequencies.values().removeIf(df -> df <= limit);
        }
    }
}
