package org.parallax.ingest.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.ExtractedArticle;

/** How the extractor trims what a site appends to an article inside the article's own container. */
class ExtractTrimmingTest {

    private final JsoupPageExtractor extractor = new JsoupPageExtractor();

    @Test
    void dropsABoxAppendedAfterTheBodyOfTheArticle() {
        String page = """
                <html><body><article><div class="body"><p>%s</p><p>%s</p><p>%s</p></div>
                <div class="bio"><p>%s</p></div></article></body></html>""".formatted(ORCHARD, FROST, HARVEST, BIO);

        ExtractedArticle article = extract(page);

        assertThat(article.text()).contains("The cider orchards", "A late frost", "The harvest")
                .doesNotContain("Mara Lind has written");
    }

    @Test
    void keepsTheRestOfAnArticleThatGoesOnInASecondWrapper() {
        String page = """
                <html><body><article><div class="part"><p>%s</p><p>%s</p></div>
                <div class="part-two"><p>%s</p><p>%s</p></div></article></body></html>"""
                .formatted(ORCHARD, FROST, HARVEST, BIO);

        assertThat(extract(page).text()).contains("The cider orchards", "The harvest", "Mara Lind has written");
    }

    @Test
    void dropsTheLabelThatOpensAListOfLinks() {
        String page = """
                <html><body><article><p>%s</p><p>%s</p><p>%s</p>
                <ul><li>Topics:</li><li><a href="/a">Cider</a></li><li><a href="/b">Weather</a></li></ul>
                </article></body></html>""".formatted(ORCHARD, FROST, HARVEST);

        assertThat(extract(page).text()).contains("The cider orchards", "A late frost", "The harvest")
                .doesNotContain("Topics", "Cider", "Weather");
    }

    private ExtractedArticle extract(String page) {
        return extractor.extract(page.getBytes(StandardCharsets.UTF_8), null, null);
    }

    private static final String ORCHARD = "The cider orchards along the valley reported their smallest blossom in a "
            + "decade this spring, and several growers have already warned their buyers that supply will be short.";
    private static final String FROST = "A late frost in the second week of April caught the trees in full flower, "
            + "and the smudge pots that most farms keep for such nights could not hold the cold off the low fields.";
    private static final String HARVEST = "The harvest is expected to start in September as usual, although the "
            + "cooperative says it will open its press only three days a week until it knows how much fruit arrives.";
    private static final String BIO = "Mara Lind has written about farming in the valley for twelve years and "
            + "lives on a small holding near the river with two goats.";
}
