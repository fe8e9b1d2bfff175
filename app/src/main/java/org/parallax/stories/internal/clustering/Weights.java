package org.parallax.stories.internal.clustering;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * A sparse vector of term (or entity) weights before the inverse document frequency is applied,
 * sorted by key, so sums and products run in a fixed order and give the same result after a
 * restart. The frequency is applied when vectors are compared, so a story's profile is always
 * weighed with what the library knows now, not with what it knew when its first article came.
 */
final class Weights {

    static final Weights NONE = new Weights(new String[0], new double[0]);

    private final String[] keys;
    private final double[] values;

    Weights(String[] keys, double[] values) {
        this.keys = keys;
        this.values = values;
    }

    static Weights of(Map<String, Double> map) {
        String[] keys = map.keySet().toArray(String[]::new);
        Arrays.sort(keys);
        double[] values = new double[keys.length];
        for (int i = 0; i < keys.length; i++) {
            values[i] = map.get(keys[i]);
        }
        return new Weights(keys, values);
    }

    int size() {
        return keys.length;
    }

    boolean isEmpty() {
        return keys.length == 0;
    }

    String key(int i) {
        return keys[i];
    }

    double value(int i) {
        return values[i];
    }

    /** The product of the two vectors, each weighed by the inverse document frequency. */
    double dot(Weights other, DocumentFrequencies frequencies) {
        double sum = 0;
        int i = 0, j = 0;
        while (i < keys.length && j < other.keys.length) {
            int order = keys[i].compareTo(other.keys[j]);
            if (order == 0) {
                double idf = frequencies.idf(keys[i]);
                sum += values[i] * other.values[j] * idf * idf;
                i++;
                j++;
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    double norm(DocumentFrequencies frequencies) {
        double sum = 0;
        for (int i = 0; i < keys.length; i++) {
            double w = values[i] * frequencies.idf(keys[i]);
            sum += w * w;
        }
        return Math.sqrt(sum);
    }

    /** The {@code limit} heaviest entries once weighed (ties by key), scaled to unit length. */
    Weights top(int limit, DocumentFrequencies frequencies, boolean normalize) {
        Integer[] order = new Integer[keys.length];
        double[] weighed = new double[keys.length];
        for (int i = 0; i < keys.length; i++) {
            order[i] = i;
            weighed[i] = values[i] * frequencies.idf(keys[i]);
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -weighed[i]).thenComparing(i -> keys[i]));
        int kept = Math.min(limit, keys.length);
        Map<String, Double> top = new HashMap<>();
        double norm = 0;
        for (int k = 0; k < kept; k++) {
            top.put(keys[order[k]], values[order[k]]);
            norm += weighed[order[k]] * weighed[order[k]];
        }
        Weights result = of(top);
        if (normalize && norm > 0) {
            double scale = 1 / Math.sqrt(norm);
            for (int i = 0; i < result.values.length; i++) {
                result.values[i] *= scale;
            }
        }
        return result;
    }

    /** This vector plus another, entry by entry. */
    Weights plus(Weights other) {
        Map<String, Double> sum = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            sum.put(keys[i], values[i]);
        }
        for (int i = 0; i < other.keys.length; i++) {
            sum.merge(other.keys[i], other.values[i], Double::sum);
        }
        return of(sum);
    }

    /** This vector less another, entry by entry; what falls to nothing or below is left out. */
    Weights minus(Weights other) {
        Map<String, Double> rest = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            rest.put(keys[i], values[i]);
        }
        for (int i = 0; i < other.keys.length; i++) {
            double less = other.values[i];
            rest.computeIfPresent(other.keys[i], (k, v) -> v - less > 1e-9 ? v - less : null);
        }
        return of(rest);
    }
}
