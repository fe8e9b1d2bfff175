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
    private final boolean pairs;

    Terms(int limit, boolean pairs) {
        this.limit = limit;
        this.pairs = pairs;
    }

    /** What one article's text yields: its terms (words and word pairs) and its names, each with a count. */
    record Counts(Map<String, Integer> terms, Map<String, Integer> names) {
    }

    /**
     * Each term with how often it occurs; the title counts three times and the lead (the first two
     * lines of the text) twice, as they say what the article is about. Names are the capitalised
     * words inside a sentence and the years, read from the text only (titles are often capitalised
     * throughout).
     */
    Counts count(String title, String text) {
        Counts counts = new Counts(new HashMap<>(), new HashMap<>());
        add(title, 3, counts, false);
        if (text != null) {
            String cut = text.length() > limit ? text.substring(0, limit) : text;
            int lead = leadEnd(cut);
            add(cut.substring(0, lead), 2, counts, true);
            add(cut.substring(lead), 1, counts, true);
        }
        return counts;
    }

    /** Where the second non-blank line of the text ends. */
    private static int leadEnd(String text) {
        int lines = 0;
        int i = 0;
        while (i < text.length()) {
            int end = text.indexOf('\n', i);
            if (end < 0) {
                return text.length();
            }
            if (!text.substring(i, end).isBlank() && ++lines == 2) {
                return end;
            }
            i = end + 1;
        }
        return text.length();
    }

    private void add(String text, int weight, Counts counts, boolean names) {
        if (text == null) {
            return;
        }
        int end = text.length();
        int i = 0;
        String previous = null;
        boolean sentenceStart = true;
        while (i < end) {
            int c = text.codePointAt(i);
            if (unspaced(c)) {
                int next = i + Character.charCount(c);
                if (next < end && unspaced(text.codePointAt(next))) {
                    int after = next + Character.charCount(text.codePointAt(next));
                    counts.terms().merge(text.substring(i, after), weight, Integer::sum);
                }
                i = next;
                previous = null;
            } else if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < end && partOfWord(text, i, end)) {
                    i += Character.charCount(text.codePointAt(i));
                }
                String written = text.substring(start, i);
                String word = fold(written.toLowerCase(Locale.ROOT));
                if (word.length() > 1 && word.length() <= 40 && !COMMON.contains(word)) {
                    counts.terms().merge(word, weight, Integer::sum);
                    if (pairs && previous != null) {
                        counts.terms().merge(previous + " " + word, weight, Integer::sum);
                    }
                    if (names && (isYear(word) || !sentenceStart && Character.isUpperCase(c))) {
                        counts.names().merge(word, weight, Integer::sum);
                    }
                    previous = word;
                } else {
                    previous = null;
                }
                sentenceStart = false;
            } else {
                if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '\u201c') {
                    sentenceStart = true;
                }
                if (!Character.isWhitespace(c)) {
                    previous = null;
                }
                i += Character.charCount(c);
            }
        }
    }

    private static boolean isYear(String word) {
        return word.length() == 4 && (word.startsWith("19") || word.startsWith("20"))
                && Character.isDigit(word.charAt(2)) && Character.isDigit(word.charAt(3));
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
