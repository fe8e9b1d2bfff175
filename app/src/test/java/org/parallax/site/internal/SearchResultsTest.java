package org.parallax.site.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.WebFixtures.GATED_WORD;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.WebFixtures;
import org.parallax.WebTest;
import org.parallax.search.SearchIndexing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Search results on the page and in the API, from the real Lucene index, as an anonymous visitor. */
class SearchResultsTest extends WebTest {

    @Autowired
    SearchIndexing indexing;

    @BeforeEach
    void waitForTheIndex() {
        assertThat(indexing.awaitCaughtUp(Duration.ofSeconds(30))).as("index caught up").isTrue();
    }

    @Test
    void searchPageShowsHighlightedResultsWithOutletKindAndDate() throws Exception {
        // Two words only the free analysis holds: other web tests file gated "sluice keepers" that outrank it on "sluices".
        String html = body(get("/search").param("q", "sluices summer"), 200);

        assertThat(html).contains("<mark>", "What the Orsava summit means for the lake towns",
                "href=\"/articles/" + WebFixtures.FREE_ID + "\"", "Parallax", "Analysis", "<time datetime=");
        assertThat(html).containsPattern("\\d+ results?</h2>");
    }

    @Test
    void searchPageSaysSoWhenNothingMatches() throws Exception {
        assertThat(body(get("/search").param("q", "zeppelinfactory"), 200)).contains("0 results", "Nothing matched.");
    }

    @Test
    void unbalancedQuotesAreExplainedWith400AndTheFormKept() throws Exception {
        String html = body(get("/search").param("q", "\"water plan"), 400);

        assertThat(html).contains("That search could not be run", "value=\"&#34;water plan\"");
    }

    @Test
    void aWordFoundOnlyInGatedTextMatchesNothingAndIsNeverQuoted() throws Exception {
        String html = body(get("/search").param("q", GATED_WORD), 200);
        String json = body(get("/api/search").param("q", GATED_WORD), 200);

        assertThat(html).contains("0 results").doesNotContain(GATED_WORD.toLowerCase() + "</mark>");
        assertThat(html.replace("value=\"" + GATED_WORD + "\"", "").replace("Search: " + GATED_WORD, ""))
                .doesNotContainIgnoringCase(GATED_WORD);
        assertThat(json).doesNotContainIgnoringCase(GATED_WORD + " schedule").contains("\"total\":0");
    }

    @Test
    void gatedArticleFoundByItsTeaserQuotesOnlyItsTeaser() throws Exception {
        String json = body(get("/api/search").param("q", "delegations midnight"), 200);

        assertThat(json).contains(WebFixtures.GATED_ID).doesNotContainIgnoringCase(GATED_WORD);
    }

    @Test
    void apiSearchReturnsHighlightedResultsAsJson() throws Exception {
        mvc.perform(get("/api/search").param("q", "sluices").param("sort", "date").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.pageSize").value(5))
                .andExpect(jsonPath("$.total").isNumber())
                .andExpect(jsonPath("$.results[0].id").isString())
                .andExpect(jsonPath("$.results[0].outlet.slug").isString())
                .andExpect(jsonPath("$.results[0].published").isString());
        assertThat(body(get("/api/search").param("q", "sluices summer"), 200)).contains("<mark>");
    }

    @Test
    void apiUnbalancedQuotesAreAnInvalidSearchProblem() throws Exception {
        mvc.perform(get("/api/search").param("q", "\"water plan"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/api/problems/invalid-search"));
    }

    @Test
    void hostileTitlesStayEscapedInResults() throws Exception {
        String html = body(get("/search").param("q", "talking shop"), 200);

        assertThat(html).doesNotContain("<script>alert(1)</script>").doesNotContain("<img src=x");
    }

    private String body(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        return mvc.perform(request).andExpect(status().is(expectedStatus)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
