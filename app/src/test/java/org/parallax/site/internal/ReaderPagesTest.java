package org.parallax.site.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.WebFixtures.EXTERNAL_ID;
import static org.parallax.WebFixtures.FREE_ID;
import static org.parallax.WebFixtures.GATED_ID;
import static org.parallax.WebFixtures.GATED_WORD;
import static org.parallax.WebFixtures.HOSTILE_ID;
import static org.parallax.WebFixtures.LATE_EXTERNAL_WORD;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.parallax.WebFixtures;
import org.parallax.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The reader site over a real SQLite library, as an anonymous visitor sees it. */
class ReaderPagesTest extends WebTest {

    @Test
    void frontPageListsOwnAnalysisWithKindsAndOtherOutletsCoverageByKind() throws Exception {
        String html = page(get("/"), 200);

        assertThat(html).contains("What the Orsava summit means for the lake towns",
                "Inside the sluice deal that saved the Orsava talks", "Orsava summit agrees seasonal water plan",
                "Coverage from other outlets", "Analysis", "In depth", "News", "Lakeshore Courier");
        assertThat(html.indexOf("Inside the sluice deal")).as("newest own article first")
                .isLessThan(html.indexOf("What the Orsava summit means"));
        assertThat(html).doesNotContain(GATED_WORD);
    }

    @Test
    void layoutHasSkipLinkLandmarksAndNavigation() throws Exception {
        String html = page(get("/"), 200);

        assertThat(html).contains("<a class=\"skip-link\" href=\"#main\">", "<main id=\"main\"", "<nav aria-label=\"Main\">",
                "<footer", "href=\"/search\"", "href=\"/outlets\"", "<html lang=\"en\">");
        assertThat(html).contains("<a href=\"/\" aria-current=\"page\">Front page</a>");
    }

    @Test
    void freeArticleShowsItsWholeTextWithHeadingsAndCitedQuotes() throws Exception {
        String html = page(get("/articles/" + FREE_ID), 200);

        assertThat(html).contains("<h1>What the Orsava summit means for the lake towns</h1>",
                "<h2>Who gives up what</h2>", "Fishermen on the southern shore remain unconvinced.",
                "<blockquote cite=\"https://lakeshore-courier.example/summit\">",
                "<a href=\"https://lakeshore-courier.example/summit\" rel=\"noopener\">Lakeshore Courier</a>", "Maren Idowu");
        assertThat(html).doesNotContain("id=\"paywall\"");
    }

    @Test
    void gatedArticleShowsTeaserAndPaywallButNoGatedTextAnywhereInTheHtml() throws Exception {
        String html = page(get("/articles/" + GATED_ID), 200);

        assertThat(html).contains("Shortly before midnight the delegations were ready to walk out.",
                "Then an engineer from the river authority unrolled a new map.", "id=\"paywall\"",
                "Read the rest of this article free", "unlock-by-email");
        assertThat(html).doesNotContain(GATED_WORD).doesNotContain("By dawn");
    }

    @Test
    void externalArticleShowsExcerptAndLinkToOriginalButNotItsLaterText() throws Exception {
        String html = page(get("/articles/" + EXTERNAL_ID), 200);

        assertThat(html).contains("Orsava summit agrees seasonal water plan", "Lakeshore Courier", "Petra Lindqvist",
                "The three governments around Lake Orsava signed",
                "<a class=\"button\" href=\"https://lakeshore-courier.example/summit\" rel=\"noopener\">");
        assertThat(html).doesNotContain(LATE_EXTERNAL_WORD).doesNotContain("id=\"paywall\"");
    }

    @Test
    void unknownArticleAnswersWithTheSitesNotFoundPage() throws Exception {
        String html = page(get("/articles/no-such-story"), 404);

        assertThat(html).contains("Page not found", "<main id=\"main\"");
    }

    @Test
    void unknownAddressAnswersWithTheSitesNotFoundPage() throws Exception {
        String html = page(get("/nowhere/at-all").accept(MediaType.TEXT_HTML), 404);

        assertThat(html).contains("Page not found", "Parallax");
    }

    @Test
    void outletsPageListsEveryOutletAndAnOutletPageItsArticles() throws Exception {
        assertThat(page(get("/outlets"), 200)).contains("href=\"/outlets/lakeshore-courier\"", "Lakeshore Courier",
                "href=\"/outlets/parallax\"", "our publication");

        String outlet = page(get("/outlets/lakeshore-courier"), 200);
        assertThat(outlet).contains("<h1>Lakeshore Courier</h1>", "href=\"https://lakeshore-courier.example/\"",
                "Orsava summit agrees seasonal water plan");
        assertThat(outlet).doesNotContain("Inside the sluice deal");

        page(get("/outlets/no-such-outlet"), 404);
    }

    @Test
    void datesAreShownInTheConfiguredZoneWithTheIsoInstantInTheMarkup() throws Exception {
        assertThat(page(get("/articles/" + FREE_ID), 200))
                .contains("<time datetime=\"2026-03-14T07:30:00Z\">14 March 2026, 07:30 UTC</time>");
    }

    @Test
    void timeZoneCookieChangesTheRenderedTime() throws Exception {
        String html = page(get("/articles/" + FREE_ID).cookie(new Cookie("tz", "Asia/Tokyo")), 200);

        assertThat(html).contains("<time datetime=\"2026-03-14T07:30:00Z\">14 March 2026, 16:30 JST</time>");
    }

    @Test
    void nonsenseTimeZoneCookieFallsBackToTheConfiguredZone() throws Exception {
        String html = page(get("/articles/" + FREE_ID).cookie(new Cookie("tz", "Mars/Olympus")), 200);

        assertThat(html).contains("14 March 2026, 07:30 UTC");
    }

    @Test
    void hostileTitleAndDekAreEscaped() throws Exception {
        String article = page(get("/articles/" + HOSTILE_ID), 200);
        String front = page(get("/"), 200);

        for (String html : new String[] {article, front}) {
            assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
            assertThat(html).doesNotContain("<b>tags</b>");
        }
        assertThat(article).doesNotContain("<img src=x");
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    private String page(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        return mvc.perform(request).andExpect(status().is(expectedStatus)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
