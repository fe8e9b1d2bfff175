package org.parallax.site.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff between two versions of a text: the longest common subsequence of their words
 * (common beginning and end trimmed first, as edits are usually local). Runs of white space are
 * tokens of their own, so a word at the end of a line still matches itself, and joining the pieces
 * of one side gives that side's text back.
 */
public final class WordDiff {

    /** Past this many table cells the changed middle is shown as removed and added whole, to bound memory. */
    static final long MAX_CELLS = 4_000_000;

    private static final Pattern WORD = Pattern.compile("\\S+|\\s+");

    /** A run of words that both versions share, or that only the old or only the new one has. */
    public enum Kind { SAME, REMOVED, ADDED }

    public record Piece(Kind kind, String text) {
        public boolean same() {
            return kind == Kind.SAME;
        }

        public boolean removed() {
            return kind == Kind.REMOVED;
        }

        public boolean added() {
            return kind == Kind.ADDED;
        }
    }

    private WordDiff() {
    }

    public static List<Piece> between(String before, String after) {
        List<String> a = words(before);
        List<String> b = words(after);
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<Piece> pieces = new ArrayList<>();
        add(pieces, Kind.SAME, a.subList(0, start));
        middle(pieces, a.subList(start, endA), b.subList(start, endB));
        add(pieces, Kind.SAME, a.subList(endA, a.size()));
        return pieces;
    }

    public static boolean changed(List<Piece> pieces) {
        return pieces.stream().anyMatch(piece -> !piece.same());
    }

    private static void middle(List<Piece> pieces, List<String> a, List<String> b) {
        if ((long) (a.size() + 1) * (b.size() + 1) > MAX_CELLS) {
            add(pieces, Kind.REMOVED, a);
            add(pieces, Kind.ADDED, b);
            return;
        }
        // lengths[i][j]: the longest common subsequence of a[i..] and b[j..]
        int[][] lengths = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lengths[i][j] = a.get(i).equals(b.get(j)) ? lengths[i + 1][j + 1] + 1
                        : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                add(pieces, Kind.SAME, List.of(a.get(i++)));
                j++;
            } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
                add(pieces, Kind.REMOVED, List.of(a.get(i++)));
            } else {
                add(pieces, Kind.ADDED, List.of(b.get(j++)));
            }
        }
        add(pieces, Kind.REMOVED, a.subList(i, a.size()));
        add(pieces, Kind.ADDED, b.subList(j, b.size()));
    }

    /** Appends words, merging them into the last piece when it is of the same kind. */
    private static void add(List<Piece> pieces, Kind kind, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        String text = String.join("", words);
        if (!pieces.isEmpty() && pieces.getLast().kind() == kind) {
            text = pieces.removeLast().text() + text;
        }
        pieces.add(new Piece(kind, text));
    }

    private static List<String> words(String text) {
        if (text == null || text.isEmpty()) {
            return Collections.emptyList();
        }
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}
