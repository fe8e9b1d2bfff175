package org.parallax.site.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.parallax.WebFixtures;
import org.parallax.WebTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The search page: its form, and what a reader sees when a search cannot be run. */
class SearchPageTest extends WebTest {

    @Test
    void emptySearchPageShowsALabelledFormWithEveryFilter() throws Exception {
        String html = page("/search", 200);

        assertThat(html).contains("<form class=\"search-form\" method=\"get\" action=\"/search\" role=\"search\">",
                "<label for=\"q\">", "<label for=\"outlet\">", "<label for=\"kind\">", "<label for=\"from\">",
                "<label for=\"to\">", "<label for=\"sort\">", "<option value=\"lakeshore-courier\">Lakeshore Courier</option>",
                "<option value=\"in-depth\">In depth</option>", "aria-current=\"page\">Search</a>");
        assertThat(html).doesNotContain("results</h2>");
    }

    @Test
    void badDateIsExplainedWithStatus400AndTheFormKeepsWhatTheReaderTyped() throws Exception {
        String html = mvc.perform(get("/search").param("q", "sluice \"gates").param("from", "yesterday")
                        .param("outlet", "lakeshore-courier").param("sort", "date"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("That search could not be run", "The from date must look like 2026-03-14.",
                "value=\"sluice &#34;gates\"", "value=\"yesterday\"", "<option value=\"lakeshore-courier\" selected>",
                "<option value=\"date\" selected>");
    }

    @Test
    void pageNumbersThatAreNotNumbersOrTooDeepAreExplainedNotFailed() throws Exception {
        assertThat(page("/search?q=orsava&page=lots", 400)).contains("Page must be a whole number from 1.");
        assertThat(page("/search?q=orsava&page=99999999999999", 400)).contains("Page must be a whole number from 1.");
        assertThat(page("/search?q=orsava&page=5000", 400)).contains("narrow the search");
        assertThat(page("/search?q=orsava&kind=poetry", 400)).contains("Unknown kind");
    }

    private String page(String address, int expectedStatus) throws Exception {
        return mvc.perform(get(address)).andExpect(status().is(expectedStatus)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
