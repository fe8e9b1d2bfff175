package org.parallax.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parallax.site.internal.WordDiff.Kind;
import org.parallax.site.internal.WordDiff.Piece;

class WordDiffTest {

    @Test
    void aWordAddedAtTheEndLeavesTheWordBeforeItUnchanged() {
        assertThat(WordDiff.between("The lock keepers walk out", "The lock keepers walk out over pay"))
                .containsExactly(new Piece(Kind.SAME, "The lock keepers walk out"), new Piece(Kind.ADDED, " over pay"));
    }

    @Test
    void aChangedWordInAHeadlineIsRemovedAndAddedAlone() {
        List<Piece> diff = WordDiff.between("Harbour strike ends after talks", "Harbour strike pauses after talks");

        assertThat(diff).containsExactly(new Piece(Kind.SAME, "Harbour strike "), new Piece(Kind.REMOVED, "ends"),
                new Piece(Kind.ADDED, "pauses"), new Piece(Kind.SAME, " after talks"));
    }

    @Test
    void eachSideJoinsBackToItsOwnText() {
        String before = "The ferry left at noon. Dock workers  cheered, the minister did not.";
        String after = "The late ferry left at one. Dock workers cheered, and the minister did not comment.";

        List<Piece> diff = WordDiff.between(before, after);

        assertThat(side(diff, Kind.ADDED)).isEqualTo(after);
        assertThat(side(diff, Kind.REMOVED)).isEqualTo(before);
        assertThat(diff).contains(new Piece(Kind.REMOVED, "noon."), new Piece(Kind.ADDED, "one."));
        assertThat(diff).filteredOn(Piece::added).extracting(Piece::text).anyMatch(text -> text.contains("late"));
        assertThat(diff).filteredOn(Piece::removed).extracting(Piece::text).noneMatch(text -> text.contains("ferry"));
    }

    @Test
    void theSameTextIsOnePieceAndNoChange() {
        List<Piece> diff = WordDiff.between("Talks resume on Monday", "Talks resume on Monday");

        assertThat(diff).containsExactly(new Piece(Kind.SAME, "Talks resume on Monday"));
        assertThat(WordDiff.changed(diff)).isFalse();
    }

    @Test
    void textFromNothingIsAllAdded() {
        assertThat(WordDiff.between("", "A new paragraph")).containsExactly(new Piece(Kind.ADDED, "A new paragraph"));
        assertThat(WordDiff.between(null, "")).isEmpty();
    }

    @Test
    void aMiddleTooLargeToCompareIsReplacedWholeWithoutRunningOutOfMemory() {
        String before = "start " + "alpha ".repeat(3_000) + "end";
        String after = "start " + "beta ".repeat(3_000) + "end";

        List<Piece> diff = WordDiff.between(before, after);

        assertThat(diff).extracting(Piece::kind).containsExactly(Kind.SAME, Kind.REMOVED, Kind.ADDED, Kind.SAME);
        assertThat(side(diff, Kind.ADDED)).isEqualTo(after);
    }

    /** One version of the text: the shared pieces with those only that version has. */
    private static String side(List<Piece> diff, Kind kind) {
        return diff.stream().filter(piece -> piece.same() || piece.kind() == kind).map(Piece::text)
                .collect(Collectors.joining());
    }
}
