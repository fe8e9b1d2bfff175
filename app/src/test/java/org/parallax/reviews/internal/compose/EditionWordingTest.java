package org.parallax.reviews.internal.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.reviews.Review;
import org.parallax.reviews.internal.compose.ComposedEdition.StoryItem;

/** The subject line, the teasers and the editors' notes as an edition words them. */
class EditionWordingTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-03-16");

    @Test
    void aSubjectNamesTheReviewTheDateAndTheLeadHeadlineOnOneLine() {
        List<StoryItem> lead = List.of(new StoryItem(1, "Ferry strike\r\nBcc: everyone@example.org  ends", "/stories/1", 3,
                List.of(), false));

        assertThat(EditionSelection.subject(Review.DAILY, MONDAY, lead))
                .isEqualTo("The Daily Review, 16 March 2026: Ferry strike Bcc: everyone@example.org ends");
        assertThat(EditionSelection.subject(Review.WEEKLY, LocalDate.parse("2026-03-21"), List.of()))
                .isEqualTo("The Weekly Review, week to 21 March 2026: a quiet week");
        assertThat(EditionSelection.subject(Review.NEWSLETTER, LocalDate.parse("2026-03-19"), List.of()))
                .isEqualTo("The Parallax Newsletter, 19 March 2026: a quiet week");
    }

    @Test
    void aLongTeaserIsCutAtAWordWithAnEllipsis() {
        String sentence = "The harbour board voted on Tuesday to close the northern ferry berth for repairs, "
                + "sending the morning crossings to the old customs quay until the autumn, when engineers expect the new "
                + "pilings to have settled and the berth to reopen for the winter timetable.";

        String teaser = EditionSelection.shortened(sentence);

        assertThat(teaser).hasSizeLessThanOrEqualTo(220).endsWith("…").startsWith("The harbour board voted");
        assertThat(sentence).startsWith(teaser.substring(0, teaser.length() - 1));
        assertThat(EditionSelection.shortened("  A short   teaser. ")).isEqualTo("A short teaser.");
    }

    @Test
    void aNoteIsSplitIntoParagraphsAtBlankLines() {
        assertThat(EditionSelection.paragraphs("The lake deal holds.\nFor now.\n\n \n\nWatch the sluices.  "))
                .containsExactly("The lake deal holds. For now.", "Watch the sluices.");
    }
}
