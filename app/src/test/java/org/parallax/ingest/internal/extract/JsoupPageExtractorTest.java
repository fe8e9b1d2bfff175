package org.parallax.ingest.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.ExtractedArticle;
import org.parallax.library.Block;

class JsoupPageExtractorTest {

    private static final URI STORY = URI.create("https://harbour-ledger.example/2026/03/quay-traders-count-the-cost?ref=home");

    private final JsoupPageExtractor extractor = new JsoupPageExtractor();

    @Test
    void keepsTheStoryAndLeavesOutEverythingAroundIt() throws IOException {
        ExtractedArticle article = extractor.extract(fixture("harbour-ledger-story.html"), STORY, "text/html");

        assertThat(article.text())
                .contains("Shops on Saltmarsh Quay lost a winter of trade")
                .contains("The town council meets on Thursday")
                .doesNotContain("We use cookies", "Share on Facebook", "Sign up for our newsletter", "Coastal Briefing",
                        "Keep reading for free", "Subscribe now", "Already a subscriber", "Related stories",
                        "Sea wall inspection finds", "My grandfather", "12 comments", "Most read", "All rights reserved",
                        "Business", "Flooding", "must not leak", "<");
        assertThat(article.body()).contains(
                new Block.Heading("A wall older than the harbour office"),
                new Block.BlockQuote("We will rebuild the wall to a higher standard before the autumn tides, "
                        + "and we will not charge the traders for it.",
                        new Block.Citation("Ines Harrow, Saltmarsh Port Authority",
                                "https://port-authority.example/statements/sea-wall")));
        assertThat(article.body()).filteredOn(Block.Paragraph.class::isInstance).hasSize(5);
    }

    @Test
    void readsTheMetadataFromJsonLdFirst() throws IOException {
        ExtractedArticle article = extractor.extract(fixture("harbour-ledger-story.html"), STORY, null);

        assertThat(article.title()).isEqualTo("Quay traders count the cost of the winter storm");
        assertThat(article.byline()).isEqualTo("Mara Lindqvist, Coastal Desk");
        assertThat(article.published()).isEqualTo(Instant.parse("2026-03-15T09:00:00Z"));
        assertThat(article.updated()).isEqualTo(Instant.parse("2026-03-16T08:30:00Z"));
        assertThat(article.language()).isEqualTo("en-GB");
        assertThat(article.canonicalUrl()).isEqualTo("https://harbour-ledger.example/2026/03/quay-traders-count-the-cost");
        assertThat(article.leadImage()).isEqualTo("https://harbour-ledger.example/images/quay-flood.jpg");
        assertThat(article.description()).startsWith("Shops on Saltmarsh Quay lost a winter of trade");
    }

    @Test
    void fallsBackToMetaTagsAndTheTitleWithoutTheSiteName() {
        String page = """
                <html><head><title>Ferry strike ends after two weeks | Estuary Post</title>
                <meta name="author" content="Tomas Reed">
                <meta property="article:published_time" content="2026-04-02T06:15:00+02:00">
                <meta property="article:modified_time" content="2026-04-02 09:00:00">
                <meta property="og:locale" content="de_DE">
                <meta property="og:url" content="https://estuary-post.example/ferry-strike-ends">
                <meta property="og:description" content="The ferries run again on Monday.">
                </head><body><p>%s</p></body></html>""".formatted(SENTENCE.repeat(4));

        ExtractedArticle article = extractor.extract(page.getBytes(StandardCharsets.UTF_8), null, null);

        assertThat(article.title()).isEqualTo("Ferry strike ends after two weeks");
        assertThat(article.byline()).isEqualTo("Tomas Reed");
        assertThat(article.published()).isEqualTo(Instant.parse("2026-04-02T04:15:00Z"));
        assertThat(article.updated()).isEqualTo(Instant.parse("2026-04-02T09:00:00Z"));
        assertThat(article.language()).isEqualTo("de-DE");
        assertThat(article.canonicalUrl()).isEqualTo("https://estuary-post.example/ferry-strike-ends");
        assertThat(article.description()).isEqualTo("The ferries run again on Monday.");
    }

    @Test
    void takesTheDateFromATimeElementAndTheBylineFromItsClass() {
        String page = """
                <html><body><article><h1>Lighthouse keepers return</h1>
                <p class="byline">By Ada Brennan</p><time datetime="2026-05-09">9 May</time>
                <p>%s</p></article></body></html>""".formatted(SENTENCE.repeat(3));

        ExtractedArticle article = extractor.extract(page.getBytes(StandardCharsets.UTF_8), null, null);

        assertThat(article.title()).isEqualTo("Lighthouse keepers return");
        assertThat(article.byline()).isEqualTo("Ada Brennan");
        assertThat(article.published()).isEqualTo(Instant.parse("2026-05-09T00:00:00Z"));
    }

    @Test
    void hostileMarkupComesOutAsTextOnly() {
        String page = """
                <html><body><p>%s<script>alert('boom')</script><style>p{}</style>
                <img src=x onerror="alert(1)">&lt;b&gt;escaped&lt;/b&gt; <iframe src="https://evil.example"></iframe></p>
                <noscript><p>Enable scripts</p></noscript><svg><text>vector text</text></svg></body></html>"""
                .formatted(SENTENCE.repeat(3));

        ExtractedArticle article = extractor.extract(page.getBytes(StandardCharsets.UTF_8), null, null);

        assertThat(article.text()).contains("The harbour pilots").contains("<b>escaped</b>")
                .doesNotContain("alert", "p{}", "Enable scripts", "vector text", "evil");
    }

    private static final String SENTENCE = "The harbour pilots agreed on Friday to guide the ferries again, "
            + "after two weeks in which the estuary crossing stood still. ";

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = JsoupPageExtractorTest.class.getResourceAsStream("/extract/" + name)) {
            return in.readAllBytes();
        }
    }
}
