package org.parallax.newsroom.internal.editing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.library.Block;

class MarkdownBlocksTest {

    private final MarkdownBlocks markdown = new MarkdownBlocks(200_000);

    @Test
    void paragraphsHeadingsAndListsBecomeTheLibrarysBlocks() {
        Manuscript manuscript = markdown.read("""
                ## What the accord settles

                The ferries run *again* from Osterby,
                said the [harbour master](https://osterby.example/harbour).

                - fares fall
                - crossings double
                """);

        assertThat(manuscript.problems()).isEmpty();
        assertThat(manuscript.blocks()).containsExactly(
                new Block.Heading("What the accord settles"),
                new Block.Paragraph("The ferries run again from Osterby, said the harbour master."),
                new Block.Paragraph("• fares fall"),
                new Block.Paragraph("• crossings double"));
    }

    @Test
    void aQuoteEndingWithADashLineCarriesItsSource() {
        Manuscript manuscript = markdown.read("""
                > We will sail when the lights are lit.
                >
                > And not an hour before.
                >
                > — Meridian Wire, https://meridian-wire.example/world/strait-talks
                """);

        assertThat(manuscript.problems()).isEmpty();
        assertThat(manuscript.blocks()).containsExactly(new Block.BlockQuote(
                "We will sail when the lights are lit.\n\nAnd not an hour before.",
                new Block.Citation("Meridian Wire", "https://meridian-wire.example/world/strait-talks")));
        assertThat(PreviewHtml.of(manuscript.blocks()))
                .contains("<blockquote cite=\"https://meridian-wire.example/world/strait-talks\">")
                .contains("<a href=\"https://meridian-wire.example/world/strait-talks\" rel=\"noopener nofollow\">Meridian Wire</a>");
    }

    @Test
    void aSourceMayBeANameAloneOrUseTwoHyphens() {
        assertThat(markdown.read("> Sail.\n>\n> -- The harbour master").blocks())
                .containsExactly(new Block.BlockQuote("Sail.", new Block.Citation("The harbour master", null)));
        assertThat(markdown.read("> Sail.").blocks()).containsExactly(new Block.BlockQuote("Sail.", null));
    }

    @Test
    void scriptTagsAreRefusedByName() {
        Manuscript manuscript = markdown.read("Fine.\n\n<script>alert('x')</script>");

        assertThat(manuscript.problems()).containsExactly("HTML is not allowed in the text (found <script>): write Markdown instead.");
    }

    @Test
    void javascriptLinksAreRefusedAndTheirWordsNamed() {
        Manuscript manuscript = markdown.read("Read [the full text](javascript:alert(1)) here.");

        assertThat(manuscript.problems()).containsExactly(
                "The link \"the full text\" goes to \"javascript:alert(1)\": links must start with https:// or http://.");
    }

    @Test
    void aCitationLinkThatIsNoWebAddressIsRefused() {
        Manuscript manuscript = markdown.read("> Sail.\n>\n> — Meridian Wire, javascript:alert(1)");

        assertThat(manuscript.problems()).singleElement().asString()
                .contains("Meridian Wire").contains("links must start with https://");
    }

    @Test
    void imagesInTheTextAreRefusedTowardsTheLeadImageField() {
        assertThat(markdown.read("![map](https://img.example/map.png)").problems()).singleElement().asString()
                .contains("use the lead image field");
    }

    @Test
    void aTextOverTheLimitIsRefusedWithItsLength() {
        Manuscript manuscript = new MarkdownBlocks(1_000).read("a".repeat(1_001));

        assertThat(manuscript.problems()).containsExactly(
                "The text is 1,001 characters long; an article may have at most 1,000. Split it, or cut it.");
        assertThat(manuscript.blocks()).isEmpty();
    }
}
