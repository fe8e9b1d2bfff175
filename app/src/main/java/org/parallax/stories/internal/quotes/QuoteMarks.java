package org.parallax.stories.internal.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the spans between double quotation marks, straight or curly. A paragraph that ends inside a
 * quote goes on in the next paragraph when that one opens with a quotation mark, as news style
 * writes a quote of several paragraphs; an unbalanced mark ends its quote at the paragraph end.
 */
final class QuoteMarks {

    /** The end of a sentence: a stop, then space, not after a short abbreviation like "Dr.". */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<!\\b(?:Dr|Mr|Mrs|Ms|Prof|St|Gen|Lt|Sgt|Capt|No|Jr|Sr))[.!?][\"”’)]?\\s+");

    private QuoteMarks() {
    }

    static List<QuotedSpan> spansIn(List<String> paragraphs) {
        List<QuotedSpan> spans = new ArrayList<>();
        int articleOffset = 0;
        Open carried = null;
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p);
            int from = 0;
            if (carried != null) {
                int first = firstNonSpace(text);
                if (first < text.length() && isMark(text.charAt(first))) {
                    from = first + 1;
                } else {
                    spans.add(carried.close(""));
                    carried = null;
                }
            }
            int previousEnd = 0;
            int i = from;
            while (true) {
                if (carried == null) {
                    int open = nextOpening(text, i);
                    if (open < 0) {
                        break;
                    }
                    String before = sentenceTail(text.substring(previousEnd, open));
                    carried = new Open(new StringBuilder(), before, p, articleOffset + open, before.isBlank());
                    i = open + 1;
                }
                int close = nextClosing(text, i);
                if (close < 0) {
                    carried.append(text.substring(i));
                    break;
                }
                carried.append(text.substring(i, close));
                int next = nextOpening(text, close + 1);
                String after = sentenceHead(text.substring(close + 1, next < 0 ? text.length() : next));
                spans.add(carried.close(after));
                carried = null;
                previousEnd = close + 1;
                i = close + 1;
            }
            articleOffset += text.length() + 1;
        }
        if (carried != null) {
            spans.add(carried.close(""));
        }
        return spans;
    }

    private static String sentenceTail(String text) {
        Matcher end = SENTENCE_END.matcher(text);
        int start = 0;
        while (end.find()) {
            start = end.end();
        }
        return text.substring(start);
    }

    private static String sentenceHead(String text) {
        Matcher end = SENTENCE_END.matcher(text + " ");
        return end.find() ? text.substring(0, Math.min(end.end(), text.length())) : text;
    }

    private static int firstNonSpace(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„';
    }

    private static int nextOpening(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '„') {
                return i;
            }
        }
        return -1;
    }

    private static int nextClosing(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '”') {
                return i;
            }
        }
        return -1;
    }

    private record Open(StringBuilder text, String before, int paragraph, int position, boolean startsSentence) {
        void append(String words) {
            String trimmed = words.strip();
            if (!trimmed.isEmpty()) {
                text.append(text.isEmpty() ? "" : " ").append(trimmed);
            }
        }

        QuotedSpan close(String after) {
            return new QuotedSpan(text.toString(), before, after, paragraph, position, startsSentence);
        }
    }
}
