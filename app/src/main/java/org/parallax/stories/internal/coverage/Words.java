package org.parallax.stories.internal.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lower-cased words of a text for counting, and the stop words none of the statistics should
 * notice. A possessive "'s" is dropped so "minister's" counts as "minister".
 */
final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");
    /** Marks where a two-word phrase must not bridge: sentence ends, clauses, quote marks. */
    static final String BREAK = "|";
    private static final Pattern WORD_OR_BREAK = Pattern.compile(
            WORD.pattern() + "|[.!?;:,()\\[\\]\"“”«»—–]");

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
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(normal(m.group()));
        }
        return words;
    }

    /** Content words with {@link #BREAK} where a stop word, number or punctuation interrupts them. */
    static List<String> contentWithBreaks(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD_OR_BREAK.matcher(text);
        while (m.find()) {
            String token = m.group();
            boolean word = Character.isLetterOrDigit(token.codePointAt(0));
            String normal = word ? normal(token) : BREAK;
            if (word && isContent(normal)) {
                words.add(normal);
            } else if (words.isEmpty() || !words.getLast().equals(BREAK)) {
                words.add(BREAK);
            }
        }
        return words;
    }

    /** Content words only: no stop words, no numbers. */
    static List<String> content(String text) {
        List<String> words = new ArrayList<>();
        for (String w : all(text)) {
            if (isContent(w)) {
                words.add(w);
            }
        }
        return words;
    }

    static boolean isContent(String word) {
        if (word.length() < 2 || STOP.contains(word)) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String normal(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (lower.endsWith("'s")) {
            lower = lower.substring(0, lower.length() - 2);
        }
        return lower;
    }
}
