package org.parallax.stories.internal.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF weights over a small collection (the articles or sentences of one story), as unit-length
 * sparse vectors so that a dot product is the cosine. Term frequency is damped (1 + ln tf) and
 * the inverse document frequency is smoothed (ln((1 + n) / (1 + df)) + 1) so a word every
 * document uses still counts a little. Words are numbered once, so vectors are arrays, not maps.
 */
final class TfIdf {

    /** A unit-length sparse vector: term numbers in ascending order and their weights. */
    static final class Vector {

        private final int[] terms;
        private final double[] weights;

        private Vector(int[] terms, double[] weights) {
            this.terms = terms;
            this.weights = weights;
        }

        double dot(Vector other) {
            double sum = 0;
            int i = 0;
            int j = 0;
            while (i < terms.length && j < other.terms.length) {
                if (terms[i] == other.terms[j]) {
                    sum += weights[i++] * other.weights[j++];
                } else if (terms[i] < other.terms[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return sum;
        }

        double dot(double[] dense) {
            double sum = 0;
            for (int i = 0; i < terms.length; i++) {
                sum += weights[i] * dense[terms[i]];
            }
            return sum;
        }

        void addTo(double[] dense) {
            for (int i = 0; i < terms.length; i++) {
                dense[terms[i]] += weights[i];
            }
        }
    }

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<int[]> documentTerms = new ArrayList<>();
    private final int[] documentFrequency;
    private final int documents;

    /** Numbers every word of the collection once; each document is kept as its word numbers. */
    TfIdf(List<List<String>> collection) {
        this.documents = collection.size();
        int[] frequency = new int[1024];
        int[] lastSeenIn = new int[1024];
        for (int d = 0; d < collection.size(); d++) {
            List<String> words = collection.get(d);
            int[] terms = new int[words.size()];
            for (int w = 0; w < terms.length; w++) {
                Integer known = numbers.putIfAbsent(words.get(w), numbers.size());
                int n = known == null ? numbers.size() - 1 : known;
                terms[w] = n;
                if (n >= frequency.length) {
                    frequency = Arrays.copyOf(frequency, frequency.length * 2);
                    lastSeenIn = Arrays.copyOf(lastSeenIn, lastSeenIn.length * 2);
                }
                if (lastSeenIn[n] != d + 1) {
                    lastSeenIn[n] = d + 1;
                    frequency[n]++;
                }
            }
            documentTerms.add(terms);
        }
        this.documentFrequency = frequency;
    }

    /** How many distinct words the collection has: the length of a dense vector over it. */
    int vocabulary() {
        return numbers.size();
    }

    /** The vector of every document, in the order they were given. */
    List<Vector> vectors() {
        List<Vector> vectors = new ArrayList<>(documentTerms.size());
        for (int[] terms : documentTerms) {
            vectors.add(vector(terms.clone()));
        }
        return vectors;
    }

    private Vector vector(int[] terms) {
        int count = terms.length;
        Arrays.sort(terms);
        int[] distinct = new int[count];
        double[] weights = new double[count];
        int size = 0;
        double norm = 0;
        for (int i = 0; i < count; ) {
            int j = i;
            while (j < count && terms[j] == terms[i]) {
                j++;
            }
            double idf = Math.log((1.0 + documents) / (1.0 + documentFrequency[terms[i]])) + 1;
            double weight = (1 + Math.log(j - i)) * idf;
            distinct[size] = terms[i];
            weights[size++] = weight;
            norm += weight * weight;
            i = j;
        }
        double length = norm > 0 ? Math.sqrt(norm) : 1;
        for (int i = 0; i < size; i++) {
            weights[i] /= length;
        }
        return new Vector(Arrays.copyOf(distinct, size), Arrays.copyOf(weights, size));
    }

    /** The sum of the given vectors, dense over the vocabulary. */
    double[] sum(List<Vector> vectors) {
        double[] total = new double[vocabulary()];
        for (Vector v : vectors) {
            v.addTo(total);
        }
        return total;
    }
}
