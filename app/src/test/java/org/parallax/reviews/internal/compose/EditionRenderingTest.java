package org.parallax.reviews.internal.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parallax.reviews.EditionContent;
import org.parallax.reviews.Review;
import org.parallax.reviews.internal.compose.ComposedEdition.AnalysisItem;
import org.parallax.reviews.internal.compose.ComposedEdition.RadarItem;
import org.parallax.reviews.internal.compose.ComposedEdition.Sentence;
import org.parallax.reviews.internal.compose.ComposedEdition.StoryItem;

/** The email HTML is built for mail clients and the plain text for readers without HTML. */
class EditionRenderingTest {

    private static final String LONG_LINK = "https://parallax.example/stories/123456789?from=the-daily-review-of-monday-the-sixteenth-of-march";

    private final EditionRenderer renderer = new EditionRenderer();

    @Test
    void theHtmlIsTablesWithInlineStylesSixHundredWideLightAndDarkAndEscapesEveryText() {
        EditionContent content = renderer.render(edition("<script>alert('take')</script> & more"));
        Document html = Jsoup.parse(content.html());

        assertThat(html.select("meta[name=color-scheme]").attr("content")).isEqualTo("light dark");
        assertThat(html.select("table.review-card").attr("width")).isEqualTo("600");
        assertThat(html.select("table.review-card").attr("style")).contains("max-width:600px");
        assertThat(html.select("img")).as("no image is needed").isEmpty();
        assertThat(html.select("div")).as("layout is tables").isEmpty();
        for (Element text : html.select("p, h1, h2, h3")) {
            assertThat(text.attr("style")).as("inline style on " + text.outerHtml()).isNotBlank();
        }
        assertThat(html.select("style").html()).contains("prefers-color-scheme: dark");
        assertThat(content.html()).doesNotContain("<script>alert").contains("&lt;script&gt;");
        assertThat(html.select(".review-note p").first().text()).isEqualTo("<script>alert('take')</script> & more");
        assertThat(html.select("a[href={{unsubscribe_url}}]")).hasSize(1);
        assertThat(html.select("a[href={{preferences_url}}]")).hasSize(1);
        assertThat(html.select(".review-story h3 a").attr("href")).isEqualTo(LONG_LINK);
        assertThat(html.select(".review-radar a").text()).isEqualTo("Pavel Orlin");
        assertThat(html.select(".review-story p").get(1).text()).as("a summary sentence names its outlet")
                .endsWith("three years ago. (Harbour Wire)");
    }

    @Test
    void thePlainTextIsWrappedAtSeventyTwoColumnsWithEveryLinkWholeOnItsOwnLine() {
        EditionContent content = renderer.render(edition("Tolls are the sore point. ".repeat(12)));

        for (String line : content.text().split("\n")) {
            assertThat(line.length() <= PlainTextEdition.WIDTH || !line.strip().contains(" "))
                    .as("line '" + line + "'").isTrue();
        }
        assertThat(content.text()).contains("\n   " + LONG_LINK + "\n", "OUR TAKE", "Unsubscribe: {{unsubscribe_url}}",
                "Choose which emails you get: {{preferences_url}}", "1. Kestria and Dunmoor agree", "(Harbour Wire)",
                "- Pavel Orlin (3 articles, up from 1)\n  https://parallax.example/entities/5");
        assertThat(content.text()).doesNotContain("&amp;", "<p");
    }

    @Test
    void addressingAnEditionFillsEveryMarkerInBothBodies() {
        EditionContent addressed = renderer.render(edition("A take.")).addressed("https://parallax.example/u/abc",
                "https://parallax.example/p/abc");

        assertThat(addressed.html() + addressed.text()).doesNotContain("{{").contains("https://parallax.example/u/abc",
                "https://parallax.example/p/abc");
    }

    private static ComposedEdition edition(String take) {
        return new ComposedEdition(Review.DAILY, LocalDate.parse("2026-03-16"), "Monday 16 March 2026",
                "The Daily Review, 16 March 2026: Kestria and Dunmoor agree", List.of(take),
                List.of(new StoryItem(123456789, "Kestria and Dunmoor agree to rebuild the Tellan bridge, at last, after three long years of talks",
                        LONG_LINK, 4, List.of(new Sentence("Kestria and Dunmoor agreed on Tuesday to rebuild the Tellan bridge, the only road crossing "
                                + "between the two countries, which collapsed in a flood three years ago.", "Harbour Wire")), true)),
                List.of(new AnalysisItem("What the bridge deal leaves unsaid", "Who runs it?", "https://parallax.example/articles/a", "Analysis")),
                List.of(new RadarItem("Pavel Orlin", "https://parallax.example/entities/5", 3, 1)), List.of(),
                "https://parallax.example/");
    }
}
