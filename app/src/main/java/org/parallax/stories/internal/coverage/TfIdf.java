package org.parallax.stories.internal.coverage;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF weights over a small collection (the articles or sentences of one story), as unit-length
 * sparse vectors so that a dot product is the cosine. Term frequency is damped (1 + ln tf) and
 * the inverse document frequency is smoothed (ln((1 + n) / (1 + df)) + 1) so a word every
 * document uses still counts a little.
 */
final class TfIdf {

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int documents;

    TfIdf(List<List<String>> collection) {
        this.documents = collection.size();
        for (List<String> words : collection) {
            for (String word : new HashSet<>(words)) {
                documentFrequency.merge(word, 1, Integer::sum);
            }
        }
    }

    Map<String, Double> vector(List<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : words) {
            counts.merge(word, 1, Integer::sum);
        }
        Map<String, Double> vector = new HashMap<>(counts.size() * 2);
        double norm = 0;
        for (var e : counts.entrySet()) {
            int df = documentFrequency.getOrDefault(e.getKey(), 0);
            double weight = (1 + Math.log(e.getValue())) * (Math.log((1.0 + documents) / (1.0 + df)) + 1);
            vector.put(e.getKey(), weight);
            norm += weight * weight;
        }
        if (norm > 0) {
            double length = Math.sqrt(norm);
            vector.replaceAll((word, weight) -> weight / length);
        }
        return vector;
    }

    static double dot(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) {
            return dot(b, a);
        }
        double sum = 0;
        for (var e : a.entrySet()) {
            Double other = b.get(e.getKey());
            if (other != null) {
                sum += e.getValue() * other;
            }
        }
        return sum;
    }

    /** The sum of the given vectors (not normalised). */
    static Map<String, Double> sum(List<Map<String, Double>> vectors) {
        Map<String, Double> total = new HashMap<>();
        for (Map<String, Double> v : vectors) {
            v.forEach((word, weight) -> total.merge(word, weight, Double::sum));
        }
        return total;
    }
}
