package org.parallax.stories.internal.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits article text into sentences. A full stop after a title ("Mr."), a month ("Jan.") or an
 * initial does not end a sentence; after a dotted short form ("U.S.", "Inc.") it does only when
 * the next word is one that usually opens a sentence ("The", "He", "But"). A paragraph break
 * always ends one.
 */
final class Sentences {

    /** A stop that may end a sentence: terminal marks, closing quotes or brackets, then space. */
    private static final Pattern STOP = Pattern.compile("[.!?]+[\"'”’)\\]]*\\s+");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}.]+)[.!?]+[\"'”’)\\]]*\\s+$");
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
        for (String paragraph : text.split("\\n\\s*")) {
            splitParagraph(paragraph.strip(), sentences);
        }
        return sentences;
    }

    private static void splitParagraph(String paragraph, List<String> sentences) {
        int start = 0;
        Matcher stop = STOP.matcher(paragraph);
        while (stop.find()) {
            int end = stop.end();
            if (end >= paragraph.length() || !endsSentence(paragraph.substring(start, end), paragraph, end)) {
                continue;
            }
            add(paragraph.substring(start, end), sentences);
            start = end;
        }
        add(paragraph.substring(start), sentences);
    }

    private static boolean endsSentence(String candidate, String paragraph, int next) {
        char following = paragraph.charAt(next);
        if (!Character.isUpperCase(following) && !Character.isDigit(following) && "\"“'‘(".indexOf(following) < 0) {
            return false;
        }
        if (candidate.stripTrailing().matches("(?s).*[!?][\"'”’)\\]]*")) {
            return true;
        }
        Matcher last = LAST_WORD.matcher(candidate);
        if (!last.find()) {
            return true;
        }
        String word = last.group(1).toLowerCase(Locale.ROOT);
        if (word.endsWith(".")) {
            word = word.substring(0, word.length() - 1);
        }
        String bare = word.contains(".") ? word.substring(word.lastIndexOf('.') + 1) : word;
        if (NEVER_ENDS.contains(word) || (bare.length() == 1 && !word.contains(".") && Character.isLetter(bare.charAt(0))
                && Character.isUpperCase(last.group(1).charAt(0)))) {
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
