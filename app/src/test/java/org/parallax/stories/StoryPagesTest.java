package org.parallax.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.WebTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The story page, entity pages, the article's link to its story and the stories API, over the bridge fixture. */
class StoryPagesTest extends WebTest {

    @Autowired
    Stories stories;

    private long story;

    @BeforeEach
    void fileTheFixtures() {
        StoryFixtures.store(library);
        assertThat(stories.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        story = stories.storyOf(StoryFixtures.WIRE_ID).orElseThrow().storyId();
    }

    @Test
    void theFourOutletsAndThePublicationShareOneStoryAndTheHarvestStaysOut() {
        for (String id : new String[] {StoryFixtures.OWN_ID, StoryFixtures.LEDGER_ID, StoryFixtures.POST_ID}) {
            assertThat(stories.storyOf(id).orElseThrow().storyId()).as(id).isEqualTo(story);
        }
        assertThat(stories.storyOf(StoryFixtures.HARVEST_ID).orElseThrow().storyId()).isNotEqualTo(story);
    }

    @Test
    void theStoryPageShowsEveryPart() throws Exception {
        String page = page("/stories/" + story);
        assertThat(page)
                .contains("<h1>")
                .contains("In brief")
                .contains("How each outlet reported it")
                .contains("Dunmoor rebukes Kestria over Tellan bridge tolls", "Tellan bridge accord highlights thaw")
                .contains("Also published by Valley Times")
                .contains("rebukes")
                .contains("Framing")
                .contains("Who is quoted by whom", "Ilse Varga", "Pavel Orlin")
                .contains("<svg")
                .contains("People, places and organizations", "Port Asher")
                .doesNotContain(StoryFixtures.GATED_WORD);
        String sideBySide = page.substring(page.indexOf("How each outlet reported it"));
        assertThat(sideBySide.indexOf("What the Tellan bridge deal leaves unsaid"))
                .as("own analysis first").isLessThan(sideBySide.indexOf("Kestria and Dunmoor agree to rebuild the Tellan bridge"));
    }

    @Test
    void anArticleLinksToItsStorysFullCoverage() throws Exception {
        assertThat(page("/articles/" + StoryFixtures.LEDGER_ID))
                .contains("href=\"/stories/" + story + "\"")
                .containsPattern("Full coverage: [45] outlets");
    }

    @Test
    void anEntityPageListsItsStoriesAndWhatThePersonSaid() throws Exception {
        NamedEntity varga = stories.entitiesOfArticle(StoryFixtures.POST_ID).stream()
                .filter(entity -> entity.name().equals("Ilse Varga")).findFirst().orElseThrow();
        assertThat(page("/entities/" + varga.id()))
                .contains("Ilse Varga", "Person", "/stories/" + story, "What Ilse Varga said", "a promise made in concrete");
    }

    @Test
    void unknownStoriesAndEntitiesAreNotFound() throws Exception {
        mvc.perform(get("/stories/999999999")).andExpect(status().isNotFound());
        mvc.perform(get("/stories/not-a-number")).andExpect(status().isNotFound());
        mvc.perform(get("/entities/999999999")).andExpect(status().isNotFound());
        mvc.perform(get("/api/stories/999999999")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Story not found"));
        mvc.perform(get("/api/entities/x")).andExpect(status().isNotFound());
    }

    @Test
    void theApiListsStoriesByEntityAndDateAndRefusesBadParameters() throws Exception {
        NamedEntity orlin = stories.entitiesOfArticle(StoryFixtures.WIRE_ID).stream()
                .filter(entity -> entity.name().equals("Pavel Orlin")).findFirst().orElseThrow();
        mvc.perform(get("/api/stories").param("entity", Long.toString(orlin.id())).param("from", "2025-05-01").param("to", "2025-05-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stories[0].id").value(story))
                .andExpect(jsonPath("$.stories.length()").value(1));
        mvc.perform(get("/api/stories").param("entity", Long.toString(orlin.id())).param("from", "2026-01-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stories.length()").value(0));
        mvc.perform(get("/api/stories").param("page", "0")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/stories").param("from", "yesterday")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/stories").param("from", "2026-06-01").param("to", "2026-05-01")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/stories").param("sort", "hot")).andExpect(status().isBadRequest());
    }

    @Test
    void theApiGivesAStorysArticlesEntitiesQuotesFramingAndTimeline() throws Exception {
        String json = mvc.perform(get("/api/stories/" + story)).andExpect(status().isOk())
                .andExpect(jsonPath("$.story.id").value(story))
                .andExpect(jsonPath("$.articles[0].id").value(StoryFixtures.OWN_ID))
                .andExpect(jsonPath("$.quotes[?(@.speakerEntity.name == 'Pavel Orlin')]").exists())
                .andExpect(jsonPath("$.entities[?(@.entity.name == 'Port Asher')]").exists())
                .andExpect(jsonPath("$.framing").isArray())
                .andExpect(jsonPath("$.timeline.length()").value(4))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).doesNotContain(StoryFixtures.GATED_WORD);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
