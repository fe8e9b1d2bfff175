package org.parallax.ingest.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.ExtractedArticle;

/** How the cleaning treats class names that mislead, and what happens when it removes too much. */
class ExtractCleaningTest {

    private final JsoupPageExtractor extractor = new JsoupPageExtractor();

    @Test
    void aClassThatSaysTheElementHasAdsDoesNotMakeItAnAd() {
        String page = """
                <html><body><section class="story has-ads"><p>%s</p><p>%s</p></section>
                <div class="ads"><p>Buy a boat today, the best boats are waiting for you at the marina shop.</p></div>
                </body></html>""".formatted(PILOTS, FERRIES);

        ExtractedArticle article = extract(page);

        assertThat(article.text()).contains("The harbour pilots", "The ferry company").doesNotContain("Buy a boat");
    }

    @Test
    void keepsTheLeadOfAStoryThatTheSiteCallsATeaser() {
        String page = """
                <html><body><div class="news-single"><div class="teaser-text"><p>%s</p></div><p>%s</p></div>
                </body></html>""".formatted(PILOTS, FERRIES);

        assertThat(extract(page).text()).contains("The harbour pilots", "The ferry company");
    }

    @Test
    void keepsTheLeadInTheHeaderOfAnArticleButNotThePageHeader() {
        String page = """
                <html><body><header><p>%s</p></header>
                <article><header><h1>Pilots back at work</h1><p class="lead">%s</p></header><p>%s</p></article>
                </body></html>""".formatted(NOTICE, FERRIES, PILOTS);

        assertThat(extract(page).text()).contains("The ferry company", "The harbour pilots")
                .doesNotContain("We store small files");
    }

    @Test
    void keepsTheShortItemsOfAListThatFollowsAParagraph() {
        String page = """
                <html><body><article><p>%s</p><ul><li>Pilots: back on Monday</li><li>Tickets: still valid</li></ul>
                </article><ul class="menu"><li><a href="/a">Home</a></li><li><a href="/b">News</a></li></ul>
                </body></html>""".formatted(PILOTS);

        assertThat(extract(page).text()).contains("Pilots: back on Monday", "Tickets: still valid")
                .doesNotContain("Home", "News");
    }

    @Test
    void cleansAgainGentlyWhenAWrapperNamedLikeASidebarHeldTheArticle() {
        // "left-side" reads like a sidebar; the cookie notice and the comments make it less than half
        // of the page's prose, so the first cleaning takes it. The second one spares it.
        String page = """
                <html><body><div class="row"><div class="col-8 left-side"><p>%s</p><p>%s</p></div></div>
                <div class="cookie-notice"><p>%s</p><p>%s</p></div>
                <section class="comments"><p>%s</p></section></body></html>"""
                .formatted(PILOTS, FERRIES, NOTICE, NOTICE.replace("site", "page"), COMMENT);

        ExtractedArticle article = extract(page);

        assertThat(article.text()).contains("The harbour pilots", "The ferry company")
                .doesNotContain("We store small files", "I crossed the estuary");
    }

    private ExtractedArticle extract(String page) {
        return extractor.extract(page.getBytes(StandardCharsets.UTF_8), null, null);
    }

    private static final String PILOTS = "The harbour pilots agreed on Friday to guide the ferries again, after two "
            + "weeks in which the estuary crossing stood still and the queues on the coast road grew each morning.";
    private static final String FERRIES = "The ferry company said the first crossing would leave at six on Monday, "
            + "and that tickets bought for the cancelled sailings would be honoured until the end of the month.";
    private static final String NOTICE = "We store small files on your device to remember your choices on this site, "
            + "to measure how the pages are used and to show you offers that may interest you on other sites.";
    private static final String COMMENT = "I crossed the estuary every day for thirty years and never saw the queues "
            + "this long; the pilots deserve every penny they asked for, and more besides, in my humble opinion.";
}
