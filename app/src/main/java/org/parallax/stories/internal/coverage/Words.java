package org.parallax.stories.internal.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lower-cased words of a text for counting, and the stop words none of the statistics should
 * notice. A possessive "'s" is dropped so "minister's" counts as "minister".
 */
final class Words {

    /** Marks where a two-word phrase must not bridge: sentence ends, clauses, quote marks. */
    static final String BREAK = "|";

    static final Set<String> STOP = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
            "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
            "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from",
            "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself",
            "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most",
            "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our",
            "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than",
            "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
            "those", "through", "to", "too", "under", "until", "up", "upon", "very", "was", "we", "were", "what",
            "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your",
            "yours", "said", "says", "say", "told", "according", "mr", "mrs", "ms", "dr", "per", "cent",
            "percent", "may", "might", "must", "shall", "yet", "via", "within", "without", "whether", "among",
            "since", "around", "across", "like", "many", "much", "one", "two", "new", "last", "first", "year",
            "years", "week", "day", "days", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "s", "t", "it's", "don't", "didn't", "won't", "isn't", "wasn't");

    private Words() {
    }

    /** Every word, lower-cased, stop words included. */
    static List<String> all(String text) {
        List<String> words = new ArrayList<>();
        scan(text, words, false, false);
        return words;
    }

    /** Content words with {@link #BREAK} where a stop word, number or punctuation interrupts them. */
    static List<String> contentWithBreaks(String text) {
        List<String> words = new ArrayList<>();
        scan(text, words, true, true);
        return words;
    }

    /** Content words only: no stop words, no numbers. */
    static List<String> content(String text) {
        List<String> words = new ArrayList<>();
        scan(text, words, true, false);
        return words;
    }

    /** How many words the text has, without making them. */
    static int count(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter || (inWord && isJoiner(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(i + 1)));
        }
        return words;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '-';
    }

    static boolean isContent(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return !STOP.contains(word);
    }

    /**
     * One pass over the text by hand (a regular expression was the slowest part of a 200-article
     * story): letters and digits make a word, an apostrophe or hyphen between two of them joins.
     */
    private static void scan(String text, List<String> out, boolean contentOnly, boolean breaks) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                i++;
                while (i < length) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        i++;
                    } else if (isJoiner(d) && i + 1 < length
                            && Character.isLetterOrDigit(text.charAt(i + 1))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
                String word = normal(text, start, i);
                if (!contentOnly || isContent(word)) {
                    out.add(word);
                } else if (breaks) {
                    addBreak(out);
                }
            } else {
                if (breaks && PUNCTUATION.indexOf(c) >= 0) {
                    addBreak(out);
                }
                i++;
            }
        }
    }

    private static final String PUNCTUATION = ".!?;:,()[]\"“”«»—–";

    private static void addBreak(List<String> out) {
        if (out.isEmpty() || !out.getLast().equals(BREAK)) {
            out.add(BREAK);
        }
    }

    /** The word from {@code start} to {@code end}, lower-cased, curly apostrophe straightened, "'s" dropped. */
    private static String normal(String text, int start, int end) {
        if (end - start > 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S') && isJoiner(text.charAt(end - 2))
                && text.charAt(end - 2) != '-') {
            end -= 2;
        }
        char[] chars = new char[end - start];
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            chars[i - start] = c == '’' ? '\'' : c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)
                    : Character.toLowerCase(c);
        }
        return new String(chars);
    }
}
