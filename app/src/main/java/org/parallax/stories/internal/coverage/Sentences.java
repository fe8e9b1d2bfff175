package org.parallax.stories.internal.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits article text into sentences. A full stop after a title ("Mr."), a month ("Jan.") or an
 * initial does not end a sentence; after a dotted short form ("U.S.", "Inc.") it does only when
 * the next word is one that usually opens a sentence ("The", "He", "But"). A paragraph break
 * always ends one.
 */
final class Sentences {

    private static final String CLOSING = "\"'”’)]";
    private static final Set<String> NEVER_ENDS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "capt", "sgt", "st", "mt",
            "ft", "no", "vs", "v", "rev", "hon", "pres", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "approx", "fig", "e.g", "i.e", "cf");
    private static final Set<String> MAY_END = Set.of("inc", "corp", "co", "ltd", "jr", "sr", "etc", "plc", "a.m",
            "p.m");
    private static final Set<String> OPENERS = Set.of(
            "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In", "On", "At", "This",
            "That", "These", "Those", "Its", "His", "Her", "Their", "Our", "There", "Officials", "Meanwhile",
            "However", "After", "Before", "When", "While", "If", "As", "For", "Some", "Many", "Most", "No");

    private Sentences() {
    }

    static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                splitParagraph(text.substring(start, i).strip(), sentences);
                start = i + 1;
            }
        }
        return sentences;
    }

    /** Scanned by hand: a stop is terminal marks, then closing quotes or brackets, then space. */
    private static void splitParagraph(String paragraph, List<String> sentences) {
        int start = 0;
        int length = paragraph.length();
        int i = 0;
        while (i < length) {
            if (".!?".indexOf(paragraph.charAt(i)) < 0) {
                i++;
                continue;
            }
            int mark = i;
            while (i < length && ".!?".indexOf(paragraph.charAt(i)) >= 0) {
                i++;
            }
            while (i < length && CLOSING.indexOf(paragraph.charAt(i)) >= 0) {
                i++;
            }
            int space = i;
            while (i < length && Character.isWhitespace(paragraph.charAt(i))) {
                i++;
            }
            if (i > space && i < length && endsSentence(paragraph, mark, i)) {
                add(paragraph.substring(start, i), sentences);
                start = i;
            }
        }
        add(paragraph.substring(start), sentences);
    }

    /** Whether the stop found at {@code mark} (its marks, quotes and space run to {@code next}) ends a sentence. */
    private static boolean endsSentence(String paragraph, int mark, int next) {
        char following = paragraph.charAt(next);
        if (!Character.isUpperCase(following) && !Character.isDigit(following) && "\"“'‘(".indexOf(following) < 0) {
            return false;
        }
        for (int i = mark; i < next; i++) {
            char c = paragraph.charAt(i);
            if (c == '!' || c == '?') {
                return true;
            }
        }
        int from = mark;
        while (from > 0 && (Character.isLetter(paragraph.charAt(from - 1)) || paragraph.charAt(from - 1) == '.')) {
            from--;
        }
        String written = paragraph.substring(from, mark);
        if (written.isEmpty()) {
            return true;
        }
        String word = written.toLowerCase(Locale.ROOT);
        boolean initial = written.length() == 1 && Character.isUpperCase(written.charAt(0));
        if (NEVER_ENDS.contains(word) || initial) {
            return false;
        }
        if (MAY_END.contains(word) || word.contains(".")) {
            return OPENERS.contains(nextWord(paragraph, next));
        }
        return true;
    }

    private static String nextWord(String paragraph, int from) {
        int end = from;
        while (end < paragraph.length() && Character.isLetter(paragraph.charAt(end))) {
            end++;
        }
        return paragraph.substring(from, end);
    }

    private static void add(String sentence, List<String> sentences) {
        String trimmed = sentence.strip();
        if (!trimmed.isEmpty()) {
            sentences.add(trimmed);
        }
    }
}
