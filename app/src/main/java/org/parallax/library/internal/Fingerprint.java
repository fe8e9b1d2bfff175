package org.parallax.library.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What near-duplicate detection knows of a text: its word shingles, the numbers it reports, and a
 * MinHash signature cut into bands. Two texts sharing a fraction J of their shingles share a band
 * with probability 1 - (1 - J^4)^8: about 0.9 at J = 0.7, 0.4 at J = 0.5, 0.06 at J = 0.3.
 */
record Fingerprint(Set<Long> shingles, Set<String> numbers, long[] bands) {

    static final int BANDS = 8;
    private static final int ROWS = 4;
    private static final int SHINGLE = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    static Fingerprint of(String text) {
        List<String> words = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        var matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            String word = matcher.group();
            words.add(word);
            if (Character.isDigit(word.charAt(0))) {
                numbers.add(word);
            }
        }
        Set<Long> shingles = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            shingles.add(hash(String.join(" ", words.subList(i, i + SHINGLE))));
        }
        return new Fingerprint(shingles, numbers, bands(shingles));
    }

    int words() {
        return shingles.isEmpty() ? 0 : shingles.size() + SHINGLE - 1;
    }

    /**
     * True when the shorter text is nearly all inside the longer one and reports the same figures:
     * a syndicated or lightly edited copy, not merely a story on the same subject or a template
     * report with other numbers.
     */
    boolean copies(Fingerprint other) {
        Fingerprint shorter = shingles.size() <= other.shingles.size() ? this : other;
        Fingerprint longer = shorter == this ? other : this;
        if (shorter.shingles.isEmpty()) {
            return false;
        }
        long shared = shorter.shingles.stream().filter(longer.shingles::contains).count();
        return shared >= 0.8 * shorter.shingles.size() && longer.numbers.containsAll(shorter.numbers);
    }

    private static long[] bands(Set<Long> shingles) {
        long[] minimum = new long[BANDS * ROWS];
        java.util.Arrays.fill(minimum, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < minimum.length; i++) {
                long value = mix(shingle + 0x9E3779B97F4A7C15L * (i + 1));
                if (value < minimum[i]) {
                    minimum[i] = value;
                }
            }
        }
        long[] bands = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long key = band;
            for (int row = 0; row < ROWS; row++) {
                key = mix(key * 31 + minimum[band * ROWS + row]);
            }
            bands[band] = key;
        }
        return bands;
    }

    /** FNV-1a over the characters, then a finalizing mix so that every bit depends on every character. */
    private static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    private static long mix(long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
