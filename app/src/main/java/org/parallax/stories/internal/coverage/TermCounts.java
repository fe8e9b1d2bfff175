package org.parallax.stories.internal.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How often each outlet uses each word and two-word phrase of a story. Words are numbered once;
 * a word is kept as its number and a phrase as its two numbers in one long, so counting is
 * sorting arrays of numbers rather than filling maps keyed by strings.
 */
final class TermCounts {

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    private final Map<String, long[]> keysByOutlet = new LinkedHashMap<>();
    private final Map<String, Integer> sizeByOutlet = new HashMap<>();
    private final Map<String, Tally> tallies = new HashMap<>();

    /** Counts of terms, sorted by key. */
    static final class Tally {

        private final long[] keys;
        private final int[] counts;
        private final long wordTotal;
        private final long phraseTotal;

        private Tally(long[] sortedKeys, int length) {
            long[] distinct = new long[length];
            int[] tally = new int[length];
            int size = 0;
            long wordSum = 0;
            long phraseSum = 0;
            for (int i = 0; i < length; ) {
                int j = i;
                while (j < length && sortedKeys[j] == sortedKeys[i]) {
                    j++;
                }
                distinct[size] = sortedKeys[i];
                tally[size++] = j - i;
                if (isPhrase(sortedKeys[i])) {
                    phraseSum += j - i;
                } else {
                    wordSum += j - i;
                }
                i = j;
            }
            this.keys = Arrays.copyOf(distinct, size);
            this.counts = Arrays.copyOf(tally, size);
            this.wordTotal = wordSum;
            this.phraseTotal = phraseSum;
        }

        int size() {
            return keys.length;
        }

        long key(int i) {
            return keys[i];
        }

        int count(int i) {
            return counts[i];
        }

        int countOf(long key) {
            int at = Arrays.binarySearch(keys, key);
            return at < 0 ? 0 : counts[at];
        }

        long total(boolean phrases) {
            return phrases ? phraseTotal : wordTotal;
        }
    }

    static boolean isPhrase(long key) {
        return key >= (1L << 32);
    }

    /** Adds an article's content words ({@link Words#BREAK} where a phrase must not bridge). */
    void add(String outlet, List<String> tokens) {
        long[] keys = keysByOutlet.computeIfAbsent(outlet, o -> new long[256]);
        int size = sizeByOutlet.getOrDefault(outlet, 0);
        if (keys.length < size + tokens.size() * 2) {
            keys = Arrays.copyOf(keys, Math.max(keys.length * 2, size + tokens.size() * 2));
            keysByOutlet.put(outlet, keys);
        }
        int previous = -1;
        for (String token : tokens) {
            if (token.equals(Words.BREAK)) {
                previous = -1;
                continue;
            }
            Integer known = numbers.putIfAbsent(token, words.size());
            int number = known == null ? words.size() : known;
            if (known == null) {
                words.add(token);
            }
            keys[size++] = number;
            if (previous >= 0 && previous != number) {
                keys[size++] = ((previous + 1L) << 32) | number;
            }
            previous = number;
        }
        sizeByOutlet.put(outlet, size);
        tallies.remove(outlet);
    }

    /** Outlets in the order they were first added. */
    List<String> outlets() {
        return List.copyOf(keysByOutlet.keySet());
    }

    Tally of(String outlet) {
        return tallies.computeIfAbsent(outlet, o -> {
            int size = sizeByOutlet.get(o);
            long[] keys = Arrays.copyOf(keysByOutlet.get(o), size);
            Arrays.sort(keys);
            return new Tally(keys, size);
        });
    }

    /** Every outlet's counts together. */
    Tally pooled() {
        int total = sizeByOutlet.values().stream().mapToInt(Integer::intValue).sum();
        long[] all = new long[total];
        int at = 0;
        for (var e : keysByOutlet.entrySet()) {
            int size = sizeByOutlet.get(e.getKey());
            System.arraycopy(e.getValue(), 0, all, at, size);
            at += size;
        }
        Arrays.sort(all);
        return new Tally(all, total);
    }

    /** The word or phrase a key stands for. */
    String term(long key) {
        if (!isPhrase(key)) {
            return words.get((int) key);
        }
        return words.get((int) ((key >>> 32) - 1)) + " " + words.get((int) (key & 0xffffffffL));
    }
}
