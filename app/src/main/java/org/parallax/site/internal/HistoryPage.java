package org.parallax.site.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.parallax.library.Block;
import org.parallax.library.Revision;
import org.parallax.site.internal.WordDiff.Piece;

/**
 * An article's public history: each version with its time, note and word-level changes from the
 * one before, newest first. Body changes are diffed only when {@code bodyReadable}, that is, for a
 * visitor who may read the whole article; anyone else learns only that the text changed.
 */
public record HistoryPage(String articleId, String title, boolean bodyReadable, List<Version> versions) {

    /**
     * One version. {@code titleDiff}, {@code dekDiff} and {@code bodyDiff} are empty when that part did not
     * change (or, for the body, may not be shown); {@code author} is shown to staff only.
     */
    public record Version(int number, Instant recorded, String author, String note, boolean minor, boolean first,
            List<Piece> titleDiff, List<Piece> dekDiff, boolean bodyChanged, List<Piece> bodyDiff) {

        public boolean titleChanged() {
            return !titleDiff.isEmpty();
        }

        public boolean dekChanged() {
            return !dekDiff.isEmpty();
        }
    }

    /**
     * @param revisions    every version, oldest first, ending with the current one
     * @param bodyReadable whether the visitor may read the whole body
     * @param staff        whether the visitor may see who made each change
     */
    static HistoryPage of(String articleId, List<Revision> revisions, boolean bodyReadable, boolean staff) {
        List<Version> versions = new ArrayList<>();
        Revision previous = null;
        for (Revision revision : revisions) {
            versions.addFirst(version(previous, revision, bodyReadable, staff));
            previous = revision;
        }
        return new HistoryPage(articleId, previous == null ? "" : previous.title(), bodyReadable, versions);
    }

    private static Version version(Revision before, Revision after, boolean bodyReadable, boolean staff) {
        String author = staff ? after.author() : null;
        if (before == null) {
            return new Version(after.number(), after.recorded(), author, after.note(), after.minor(), true, List.of(),
                    List.of(), false, List.of());
        }
        boolean bodyChanged = !before.body().equals(after.body());
        return new Version(after.number(), after.recorded(), author, after.note(), after.minor(), false,
                changes(before.title(), after.title()), changes(before.dek(), after.dek()), bodyChanged,
                bodyChanged && bodyReadable ? WordDiff.between(text(before.body()), text(after.body())) : List.of());
    }

    private static List<Piece> changes(String before, String after) {
        return Objects.equals(before, after) ? List.of() : WordDiff.between(before, after);
    }

    private static String text(List<Block> body) {
        return body.stream().map(HistoryPage::text).collect(Collectors.joining("\n\n"));
    }

    /** An update reads in the history as it does on the page, so its appearance is a visible change. */
    private static String text(Block block) {
        return block instanceof Block.Update update ? "Update: " + update.text() : block.text();
    }
}
