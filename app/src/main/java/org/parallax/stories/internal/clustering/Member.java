package org.parallax.stories.internal.clustering;

import java.util.Arrays;
import java.util.Comparator;

/**
 * One recent article of a story as the regrouping compares it: its digest (kept so that a move
 * can take it out of one profile and into another) and its vectors weighed once, on arrival, by
 * the document frequencies of that moment, with each term reduced to a 64-bit hash so that two
 * members compare without string work.
 */
final class Member {

    private final String articleId;
    private final long arrival;
    private final java.time.Instant at;
    private final ArticleDigest digest;
    private long weighedAt;
    private Vector terms;
    private Vector entities;
    private Vector names;

    private Member(String articleId, long arrival, java.time.Instant at, ArticleDigest digest) {
        this.articleId = articleId;
        this.arrival = arrival;
        this.at = at;
        this.digest = digest;
    }

    static Member of(String articleId, long arrival, java.time.Instant at, ArticleDigest digest,
            DocumentFrequencies frequencies) {
        Member member = new Member(articleId, arrival, at, digest);
        member.weigh(frequencies);
        return member;
    }

    /** A member read back from the clusterer's state; it is weighed when next compared. */
    static Member restored(String articleId, long arrival, java.time.Instant at, ArticleDigest digest) {
        return new Member(articleId, arrival, at, digest);
    }

    /** Weighs the vectors again once the library has grown by a quarter since they were weighed (or never were). */
    void reweigh(DocumentFrequencies frequencies) {
        if (frequencies.articles() != weighedAt) {
            weigh(frequencies);
        }
    }

    private void weigh(DocumentFrequencies frequencies) {
        weighedAt = frequencies.articles();
        terms = Vector.of(digest.terms(), frequencies);
        entities = Vector.of(digest.entities(), frequencies);
        names = Vector.of(digest.names(), frequencies);
    }

    String articleId() {
        return articleId;
    }

    long arrival() {
        return arrival;
    }

    java.time.Instant at() {
        return at;
    }

    ArticleDigest digest() {
        return digest;
    }

    Vector terms() {
        return terms;
    }

    Vector entities() {
        return entities;
    }

    Vector names() {
        return names;
    }

    /** A unit vector over hashed keys, sorted by key. */
    record Vector(long[] keys, float[] values) {

        static Vector of(Weights weights, DocumentFrequencies frequencies) {
            int n = weights.size();
            long[] hashes = new long[n];
            double[] weighed = new double[n];
            double norm = 0;
            for (int i = 0; i < n; i++) {
                hashes[i] = hash(weights.key(i));
                weighed[i] = weights.value(i) * frequencies.idf(weights.key(i));
                norm += weighed[i] * weighed[i];
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingLong(i -> hashes[i]));
            long[] keys = new long[n];
            float[] values = new float[n];
            double scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
            for (int k = 0; k < n; k++) {
                keys[k] = hashes[order[k]];
                values[k] = (float) (weighed[order[k]] * scale);
            }
            return new Vector(keys, values);
        }

        /** This vector with each value multiplied by the factor for its key, made unit length again. */
        Vector scaled(java.util.function.LongToDoubleFunction factor) {
            float[] scaled = new float[keys.length];
            double norm = 0;
            for (int i = 0; i < keys.length; i++) {
                scaled[i] = (float) (values[i] * factor.applyAsDouble(keys[i]));
                norm += (double) scaled[i] * scaled[i];
            }
            if (norm > 0) {
                float scale = (float) (1 / Math.sqrt(norm));
                for (int i = 0; i < scaled.length; i++) {
                    scaled[i] *= scale;
                }
            }
            return new Vector(keys, scaled);
        }

        boolean isEmpty() {
            return keys.length == 0;
        }

        double cosine(Vector other) {
            double sum = 0;
            int i = 0, j = 0;
            while (i < keys.length && j < other.keys.length) {
                if (keys[i] == other.keys[j]) {
                    sum += values[i++] * other.values[j++];
                } else if (keys[i] < other.keys[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return sum;
        }

        private static long hash(String key) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < key.length(); i++) {
                h ^= key.charAt(i);
                h *= 0x100000001b3L;
            }
            return h;
        }
    }
}
