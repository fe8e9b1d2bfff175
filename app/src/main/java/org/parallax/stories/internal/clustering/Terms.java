package org.parallax.stories.internal.clustering;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Cuts a text into the terms the clusterer compares: lower-cased words without the common ones,
 * English plurals folded ("storms" = "storm"), numbers kept (a death toll or a magnitude tells two
 * earthquakes apart), and pairs of characters for scripts written without spaces.
 */
final class Terms {

    private static final Set<String> COMMON = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
            "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
            "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from",
            "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself",
            "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most",
            "my", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours",
            "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their",
            "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until",
            "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why",
            "will", "with", "would", "you", "your", "said", "says", "say", "told", "according", "one", "two",
            "new", "last", "first", "year", "years", "time", "like", "people", "may", "s", "t", "mr", "mrs",
            "ms", "get", "got", "since", "still", "many", "much", "well", "back", "made", "make", "us",
            "yet", "via", "per", "around", "however", "already", "even", "another", "though", "i'm");

    private final int limit;

    Terms(int limit) {
        this.limit = limit;
    }

    /** Each term with how often it occurs; the title counts three times, as it says what the article is about. */
    Map<String, Integer> count(String title, String text) {
        Map<String, Integer> counts = new HashMap<>();
        add(title, 3, counts);
        add(text, 1, counts);
        return counts;
    }

    private void add(String text, int weight, Map<String, Integer> counts) {
        if (text == null) {
            return;
        }
        int end = Math.min(text.length(), limit);
        int i = 0;
        while (i < end) {
            int c = text.codePointAt(i);
            if (unspaced(c)) {
                int next = i + Character.charCount(c);
                if (next < end && unspaced(text.codePointAt(next))) {
                    int after = next + Character.charCount(text.codePointAt(next));
                    counts.merge(text.substring(i, after), weight, Integer::sum);
                }
                i = next;
            } else if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < end && partOfWord(text, i, end)) {
                    i += Character.charCount(text.codePointAt(i));
                }
                String word = fold(text.substring(start, i).toLowerCase(Locale.ROOT));
                if (word.length() > 1 && word.length() <= 40 && !COMMON.contains(word)) {
                    counts.merge(word, weight, Integer::sum);
                }
            } else {
                i += Character.charCount(c);
            }
        }
    }

    /** Letters and digits, and an apostrophe, dot or comma between two of them ("o'neill", "6.1", "1,200"). */
    private static boolean partOfWord(String text, int i, int end) {
        int c = text.codePointAt(i);
        if (Character.isLetterOrDigit(c) && !unspaced(c)) {
            return true;
        }
        boolean joiner = c == '\'' || c == '\u2019' || c == '.' || c == ',' || c == '-';
        return joiner && i > 0 && i + 1 < end && Character.isLetterOrDigit(text.codePointAt(i + 1))
                && Character.isLetterOrDigit(text.codePointBefore(i))
                && (c != '.' && c != ',' || Character.isDigit(text.codePointAt(i + 1)));
    }

    private static boolean unspaced(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }

    /** Drops a possessive and folds the common English plurals; numbers stay as written. */
    private static String fold(String word) {
        String w = word.replace('\u2019', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        w = w.replace(",", "");
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && Character.isLetter(w.charAt(w.length() - 2))) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
