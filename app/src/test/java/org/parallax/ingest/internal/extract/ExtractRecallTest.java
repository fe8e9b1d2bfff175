package org.parallax.ingest.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.ExtractedArticle;

/** Pages where the article must not be lost as a whole, whatever its containers are called. */
class ExtractRecallTest {

    private final JsoupPageExtractor extractor = new JsoupPageExtractor();

    @Test
    void keepsAnArticleBodyThatCarriesAPaywallClassNextToLongComments() {
        // The comments hold most of the page's prose; the body's "paywall" class would make it furniture.
        String page = """
                <html><body><main><article class="post">
                <div class="entry-content paywall-container"><p>%s</p><p>%s</p><p>%s</p>
                <div class="paywall-promo"><p>Subscribe now and read every story on the harbour for one euro.</p></div></div>
                </article>
                <div id="comments"><ol><li><div><p>%s</p></div></li><li><div><p>%s</p></div></li>
                <li><div><p>%s</p></div></li></ol></div>
                </main><div class="cookie-notice"><p>%s</p></div></body></html>""".formatted(PILOTS, FERRIES, TIDES,
                COMMENT, COMMENT + " Yes.", COMMENT + " Indeed.", NOTICE);

        assertThat(extract(page).text()).contains("The harbour pilots", "The ferry company", "The tides")
                .doesNotContain("Subscribe now", "I crossed the estuary", "We store small files");
    }

    @Test
    void keepsTheArticleInsideAWrapperNamedSidebarWhenACookieDialogHoldsAsMuchProse() {
        String page = """
                <html><body><div id="wrap_all"><div class="container_wrap sidebar_right"><main class="content">
                <div class="post-entry"><section><div class="textblock"><p>%s</p><p>%s</p><p>%s</p></div></section></div>
                </main><aside class="sidebar"><p>Latest news</p></aside></div></div>
                <div class="cookie-consent-wrap"><div class="tab"><p>%s</p></div><div class="tab"><p>%s</p></div>
                </div><div class="comments"><p>%s</p></div></body></html>""".formatted(PILOTS, FERRIES, TIDES, NOTICE,
                NOTICE + " Really.", COMMENT);

        assertThat(extract(page).text()).contains("The harbour pilots", "The ferry company", "The tides")
                .doesNotContain("We store small files", "I crossed the estuary");
    }

    @Test
    void readsAPostThatTheSiteOnlyGivesInANoscriptFallback() {
        String page = """
                <html><body><div class="header"><p>News and notes from the harbour office, every week.</p></div>
                <div class="post"><div class="post-body"><script>render()</script>
                <noscript><p>%s</p><p>%s</p></noscript></div></div>
                <noscript><img src="/pixel.gif"><p>Please turn on JavaScript.</p></noscript></body></html>""".formatted(
                PILOTS, FERRIES);

        assertThat(extract(page).text()).contains("The harbour pilots", "The ferry company")
                .doesNotContain("Please turn on JavaScript");
    }

    @Test
    void neverTakesADialogForTheArticleHoweverMuchProseItHolds() {
        // A login box and a consent box, dialogs by role and by class, hold more prose than the article.
        String page = """
                <html><body><main><article><h1>Pilots back at work</h1><p>%s</p></article></main>
                <div class="b-dialog x-dialog-login"><section class="login-area"><p>%s</p><p>%s</p></section></div>
                <div role="alertdialog"><p>%s</p><p>%s</p></div>
                <div class="overlay-modal"><p>%s</p></div></body></html>""".formatted(PILOTS, NOTICE, NOTICE + " Yes.",
                COMMENT, COMMENT + " Truly.", NOTICE + " Again.");

        assertThat(extract(page).text()).contains("The harbour pilots")
                .doesNotContain("We store small files", "I crossed the estuary");
    }

    @Test
    void keepsAPageWideWrapperNamedAfterADialog() {
        String page = """
                <html><body><div class="dialog-off-canvas-main-canvas"><article><p>%s</p><p>%s</p></article>
                <div class="footer"><p>Contact</p></div></div></body></html>""".formatted(PILOTS, FERRIES);

        assertThat(extract(page).text()).contains("The harbour pilots", "The ferry company");
    }

    @Test
    void dropsTheErrorMessagesABrokenServerPrintedIntoThePage() {
        String warning = "<b>Warning</b>: Use of undefined constant comments - assumed 'comments' (this will throw an "
                + "Error in a future version of PHP) in <b>/srv/www/site/wp-content/plugins/recent/recent.php</b> "
                + "on line <b>928</b><br>";
        String page = """
                <html><body><div id="sidebar"><h2>Latest comments</h2>%s%s%s%s</div>
                <div class="post"><p>%s</p><p>%s</p></div>
                <p>%s</p></body></html>""".formatted(warning, warning, warning, warning, PILOTS, FERRIES,
                "<b>Notice</b>: Undefined index: id in <b>/srv/www/site/index.php</b> on line <b>12</b>");

        assertThat(extract(page).text()).contains("The harbour pilots", "The ferry company")
                .doesNotContain("Use of undefined constant", "on line", "Undefined index");
    }

    @Test
    void prefersTheArticleToASidebarWhenLinkListsBesideTheArticleSinkTheirCommonWrapper() {
        // The link lists next to the article pull the page's wrapper below the sidebar's about box,
        // which holds more prose than the article; the article still scores a good part of it.
        String links = "<li><a href='/a'>Harbour news from the whole coast, every day of the week</a></li>".repeat(12);
        String page = """
                <html><body><div class="layout"><div class="main-column"><h1>Pilots back at work</h1>
                <div class="story"><p>%s</p><p>%s</p></div><ul>%s</ul></div>
                <div class="layout-sidebar"><div class="textwidget"><p>%s</p><p>%s</p><p>%s</p></div></div>
                </div></body></html>""".formatted(PILOTS, FERRIES, links, COMMENT, COMMENT + " Yes.", TIDES);

        assertThat(extract(page).text()).contains("The harbour pilots", "The ferry company")
                .doesNotContain("I crossed the estuary");
    }

    private ExtractedArticle extract(String page) {
        return extractor.extract(page.getBytes(StandardCharsets.UTF_8), null, "text/html; charset=utf-8");
    }

    private static final String PILOTS = "The harbour pilots agreed on Friday to guide the ferries again, after two "
            + "weeks in which no ship of more than a hundred metres could enter the port at night.";
    private static final String FERRIES = "The ferry company said the first crossing would leave at six on Monday, "
            + "and that tickets bought for the cancelled crossings stay valid until the end of the month.";
    private static final String TIDES = "The tides this week are the highest of the year, so the first crossings "
            + "will wait for the water to rise before they leave the inner basin, the harbour master said.";
    private static final String NOTICE = "We store small files on your device to remember your choices on this site, "
            + "to measure how it is used and to show you offers from our partners; you can change this at any time.";
    private static final String COMMENT = "I crossed the estuary every day for thirty years and never saw the queues "
            + "as long as they were this spring, and nobody at the company ever explained why.";
}
