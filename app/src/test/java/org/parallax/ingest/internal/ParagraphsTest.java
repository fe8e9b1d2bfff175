package org.parallax.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.library.Block;
import org.parallax.library.Block.Paragraph;

class ParagraphsTest {

    @Test
    void wireCopyWrappedAtAFixedWidthIsJoinedIntoParagraphsThatStartOnIndentedLines() {
        String wire = """
                Harbour officials in Varnholm said on Friday the night ferries
                would resume next week, ending a suspension that has lasted
                since the autumn storms.
                    The commissioner told reporters the first crossing was
                planned for Tuesday evening.
                    Fares will be unchanged, he said.""";

        assertThat(Paragraphs.of(wire)).containsExactly(
                new Paragraph("Harbour officials in Varnholm said on Friday the night ferries would resume next week, "
                        + "ending a suspension that has lasted since the autumn storms."),
                new Paragraph("The commissioner told reporters the first crossing was planned for Tuesday evening."),
                new Paragraph("Fares will be unchanged, he said."));
    }

    @Test
    void blankLinesSeparateParagraphsAndWrappedLinesWithinThemAreJoined() {
        String text = "The talks opened in a cold hall on the quay, with both delegations\r\n"
                + "seated apart and the interpreters between them.\r\n\r\n"
                + "By noon the mood had changed.\r\n";

        assertThat(Paragraphs.of(text)).containsExactly(
                new Paragraph("The talks opened in a cold hall on the quay, with both delegations seated apart and the interpreters between them."),
                new Paragraph("By noon the mood had changed."));
    }

    @Test
    void singleNewlinesBetweenFinishedSentencesKeepEachLineAsAParagraph() {
        String text = "The accord was signed at dawn.\nFishermen on both shores welcomed it.\n\"We waited long enough,\" one said.";

        assertThat(Paragraphs.of(text)).extracting(Block::text).containsExactly(
                "The accord was signed at dawn.", "Fishermen on both shores welcomed it.", "\"We waited long enough,\" one said.");
    }

    @Test
    void quotedLinesBecomeABlockQuote() {
        String text = "The harbour master wrote:\n> We will sail when the lights are lit.\n> Not before.\nThe letter was read aloud.";

        List<Block> blocks = Paragraphs.of(text);

        assertThat(blocks).containsExactly(new Paragraph("The harbour master wrote:"),
                new Block.BlockQuote("We will sail when the lights are lit. Not before.", null),
                new Paragraph("The letter was read aloud."));
    }

    @Test
    void aSingleLineIsOneParagraph() {
        assertThat(Paragraphs.of("  Ferries resume.  \n\n")).containsExactly(new Paragraph("Ferries resume."));
    }

    @Test
    void aLineMarkedWithHashesIsAHeadingAndStillEndsTheParagraphBeforeIt() {
        List<Block> blocks = Paragraphs.of("""
                The accord is modest on paper.
                ## Why the lights matter
                The quarrel was never about ferries.

                #hashtag is not a heading
                """);

        assertThat(blocks).containsExactly(
                new Block.Paragraph("The accord is modest on paper."),
                new Block.Heading("Why the lights matter"),
                new Block.Paragraph("The quarrel was never about ferries."),
                new Block.Paragraph("#hashtag is not a heading"));
    }
}
