package org.parallax.stories.internal.entities;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Keys under which spellings of one name meet. {@link #lookup} only folds case and accents, for
 * the gazetteers; {@link #transliteration} also folds the letters transliterations disagree on,
 * so Gadhafi, Qaddafi and Kadafi, or Dmitry and Dmitri, share a key while Reagan and Regan do not.
 */
final class NameKey {

    private NameKey() {
    }

    static String lookup(String name) {
        String folded = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        // "U.S." and "US", "St. Louis" and "ST LOUIS" meet; runs of spaces are one
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '.') {
                continue;
            }
            if (Character.isWhitespace(c)) {
                if (!key.isEmpty() && key.charAt(key.length() - 1) != ' ') {
                    key.append(' ');
                }
                continue;
            }
            key.append(c == '’' ? '\'' : Character.toLowerCase(c));
        }
        int end = key.length();
        return end > 0 && key.charAt(end - 1) == ' ' ? key.substring(0, end - 1) : key.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    static String transliteration(String name) {
        StringBuilder key = new StringBuilder();
        for (String part : lookup(name).split("[\\s\\-]+")) {
            if (part.isEmpty() || part.equals("al") || part.equals("el")) {
                continue;
            }
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(foldLetters(part.replaceAll("^(al|el)'", "")));
        }
        return key.toString();
    }

    private static String foldLetters(String word) {
        String w = word.replaceAll("[^a-z]", "")
                .replace("dh", "d").replace("gh", "g").replace("kh", "k").replace("ph", "f")
                .replace("th", "t").replace("ck", "k").replace("ch", "sh").replace("oe", "o")
                .replace("ue", "u").replace("ae", "a").replace("ou", "u")
                .replaceAll("c(?=[eiy])", "s").replace('c', 'k').replace('q', 'k').replace('g', 'k')
                .replace('y', 'i').replace('w', 'v').replace('o', 'u').replace('j', 'i');
        // a doubled letter is one sound: Qaddafi, Muammar
        return w.replaceAll("(.)\\1+", "$1");
    }
}
