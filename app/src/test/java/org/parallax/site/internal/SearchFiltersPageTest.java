package org.parallax.site.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.EntityFixtures.GATED_PERSON;
import static org.parallax.EntityFixtures.LEDGERS_ID;
import static org.parallax.EntityFixtures.LENDERS_ID;
import static org.parallax.EntityFixtures.PARIS_TALKS_ID;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;
import org.parallax.EntityFixtures;
import org.parallax.WebTest;
import org.parallax.search.SearchIndexing;
import org.parallax.stories.Stories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The search page's person, place and organization filters, its entity chips and its stories tab. */
class SearchFiltersPageTest extends WebTest {

    private static final Pattern HIT_LINK = Pattern.compile("<h3><a href=\"(/(?:articles|stories)/[^\"]+)\">");

    @Autowired
    SearchIndexing indexing;

    @Autowired
    Stories stories;

    @BeforeEach
    void storeTheTarnwickCoverage() {
        EntityFixtures.store(library);
        assertThat(indexing.awaitCaughtUp(Duration.ofSeconds(30))).as("index caught up").isTrue();
    }

    @Test
    void chipsOfferTheEntitiesTheResultsNameAsFilters() throws Exception {
        String html = page(get("/search").param("q", "tarnwick"));

        assertThat(html).contains("Named in these results",
                "href=\"/search?q=tarnwick&amp;person=Edouard%20Balladur&amp;sort=relevance\">Edouard Balladur <span class=\"count\">2</span>",
                ">Paris <span class=\"count\">1</span>", ">Norway <span class=\"count\">1</span>",
                ">Bank of Italy <span class=\"count\">1</span>");
    }

    @Test
    void aPersonFilterKeepsOnlyTheArticlesThatNameThemInAnyCase() throws Exception {
        String html = page(get("/search").param("q", "tarnwick").param("person", "edouard BALLADUR"));

        assertThat(html).contains("2 results", "Person: edouard BALLADUR",
                "<input type=\"hidden\" name=\"person\" value=\"edouard BALLADUR\">",
                "aria-label=\"Remove Person edouard BALLADUR\"", "href=\"/search?q=tarnwick&amp;sort=relevance\"");
        assertThat(hits(html)).containsExactlyInAnyOrder("/articles/" + PARIS_TALKS_ID, "/articles/" + LENDERS_ID);
        assertThat(html).doesNotContain(">Edouard Balladur <span class=\"count\">").as("no chip for a filter in force");
    }

    @Test
    void filtersOfEveryKindAreAllRequired() throws Exception {
        assertThat(hits(page(get("/search").param("q", "tarnwick").param("person", "Edouard Balladur").param("place", "Paris"))))
                .containsExactly("/articles/" + PARIS_TALKS_ID);
        assertThat(hits(page(get("/search").param("q", "tarnwick").param("place", "Paris").param("place", "Norway")))).isEmpty();
        assertThat(hits(page(get("/search").param("q", "tarnwick").param("organization", "bank of italy"))))
                .containsExactly("/articles/" + LEDGERS_ID);
    }

    @Test
    void aNameFromAGatedBodyNeitherFiltersNorShows() throws Exception {
        String filtered = page(get("/search").param("q", "tarnwick").param("person", GATED_PERSON));
        String all = page(get("/search").param("q", "tarnwick"));

        assertThat(filtered).contains("0 results");
        assertThat(all).doesNotContain("Falkenrud");
        assertThat(page(get("/search").param("q", "tarnwick").param("tab", "stories"))).doesNotContain("Falkenrud");
    }

    @Test
    void theStoriesTabGroupsTheSameMatchesByStoryInTheOrderOfTheirBestMatch() throws Exception {
        assertThat(stories.awaitCaughtUp(Duration.ofSeconds(30))).as("story desk caught up").isTrue();
        List<String> articles = hits(page(get("/search").param("q", "tarnwick bridge").param("sort", "date")));

        String html = page(get("/search").param("q", "tarnwick bridge").param("sort", "date").param("tab", "stories"));

        List<String> expected = articles.stream().map(href -> href.substring("/articles/".length()))
                .map(id -> stories.storyOf(id).map(link -> "/stories/" + link.storyId()).orElse("/articles/" + id))
                .distinct().toList();
        assertThat(hits(html)).isEqualTo(expected).isNotEmpty();
        assertThat(html).contains(expected.size() == 1 ? "1 story" : expected.size() + " stories", "href=\"/search?q=tarnwick%20bridge&amp;sort=date\">Articles</a>",
                "aria-current=\"page\">Stories</a>", "<input type=\"hidden\" name=\"tab\" value=\"stories\">");
    }

    @Test
    void theStoriesTabKeepsTheFilters() throws Exception {
        assertThat(stories.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();

        String html = page(get("/search").param("q", "tarnwick").param("place", "Norway").param("tab", "stories"));

        long story = stories.storyOf(LEDGERS_ID).orElseThrow().storyId();
        assertThat(hits(html)).containsExactly("/stories/" + story);
        assertThat(html).contains("1 story", HtmlUtils.htmlEscape(stories.story(story).orElseThrow().headline()));
    }

    private static List<String> hits(String html) {
        Matcher links = HIT_LINK.matcher(html);
        return links.results().map(match -> match.group(1)).toList();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
