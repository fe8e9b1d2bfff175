package org.parallax.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.WebFixtures.EXTERNAL_ID;
import static org.parallax.WebFixtures.FREE_ID;
import static org.parallax.WebFixtures.GATED_ID;
import static org.parallax.WebFixtures.GATED_WORD;
import static org.parallax.WebFixtures.LATE_EXTERNAL_WORD;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.WebFixtures;
import org.parallax.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API over a real SQLite library, as an anonymous client sees it. */
class ApiTest extends WebTest {

    @Test
    void freeArticleComesWithItsMetadataAndWholeTextAsBlocks() throws Exception {
        mvc.perform(get("/api/articles/" + FREE_ID))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.id").value(FREE_ID))
                .andExpect(jsonPath("$.title").value("What the Orsava summit means for the lake towns"))
                .andExpect(jsonPath("$.outlet.slug").value("parallax"))
                .andExpect(jsonPath("$.outlet.own").value(true))
                .andExpect(jsonPath("$.kind").value("analysis"))
                .andExpect(jsonPath("$.published").value("2026-03-14T07:30:00Z"))
                .andExpect(jsonPath("$.access.level").value("free"))
                .andExpect(jsonPath("$.access.reach").value("full"))
                .andExpect(jsonPath("$.access.truncated").value(false))
                .andExpect(jsonPath("$.text.length()").value(5))
                .andExpect(jsonPath("$.text[1].type").value("heading"))
                .andExpect(jsonPath("$.text[3].type").value("quote"))
                .andExpect(jsonPath("$.text[3].source.name").value("Lakeshore Courier"))
                .andExpect(jsonPath("$.text[0].source").doesNotExist());
    }

    @Test
    void gatedArticleGivesOnlyTheTeaserAndSaysSo() throws Exception {
        String json = mvc.perform(get("/api/articles/" + GATED_ID))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.access.level").value("subscribers"))
                .andExpect(jsonPath("$.access.reach").value("teaser"))
                .andExpect(jsonPath("$.access.truncated").value(true))
                .andExpect(jsonPath("$.text.length()").value(2))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(json).doesNotContain(GATED_WORD);
    }

    @Test
    void externalArticleGivesOnlyTheExcerpt() throws Exception {
        String json = mvc.perform(get("/api/articles/" + EXTERNAL_ID))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.url").value("https://lakeshore-courier.example/summit"))
                .andExpect(jsonPath("$.access.level").isEmpty())
                .andExpect(jsonPath("$.access.reach").value("excerpt"))
                .andExpect(jsonPath("$.access.truncated").value(true))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(json).doesNotContain(LATE_EXTERNAL_WORD);
    }

    @Test
    void unknownArticleIsANotFoundProblem() throws Exception {
        mvc.perform(get("/api/articles/no-such-story"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("Article not found"))
                .andExpect(jsonPath("$.type").value("/api/problems/not-found"));
    }

    @Test
    void outletsAreListed() throws Exception {
        mvc.perform(get("/api/outlets"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.slug == 'lakeshore-courier')].name").value("Lakeshore Courier"))
                .andExpect(jsonPath("$[?(@.slug == 'parallax')].own").value(true));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/search?q=orsava&colour=red",
            "/api/search?q=orsava&page=abc",
            "/api/search?q=orsava&page=99999999999999",
            "/api/search?q=orsava&page=5000",
            "/api/search?q=orsava&page=0",
            "/api/search?q=orsava&size=1000",
            "/api/search?q=orsava&from=yesterday",
            "/api/search?q=orsava&from=2026-03-20&to=2026-03-01",
            "/api/search?q=orsava&sort=loudest",
            "/api/search?q=orsava&kind=poetry",
            "/api/search",
            "/api/articles/" + FREE_ID + "?full=true",
            "/api/outlets?all=1"})
    void malformedRequestsAreBadRequestProblemsNeverServerErrors(String address) throws Exception {
        mvc.perform(get(address))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.type").exists())
                .andExpect(jsonPath("$.title").exists())
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void openApiDocumentIsJsonAndDescribesEveryEndpoint() throws Exception {
        String body = mvc.perform(get("/api/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        JsonNode document = JsonMapper.builder().build().readTree(body);
        assertThat(document.get("openapi").asString()).startsWith("3.1");
        assertThat(document.get("paths").propertyNames()).contains("/api/search", "/api/articles/{id}", "/api/outlets");
    }
}
