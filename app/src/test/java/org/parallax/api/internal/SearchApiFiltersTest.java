package org.parallax.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.EntityFixtures.GATED_PERSON;
import static org.parallax.EntityFixtures.LEDGERS_ID;
import static org.parallax.EntityFixtures.LENDERS_ID;
import static org.parallax.EntityFixtures.PARIS_TALKS_ID;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.EntityFixtures;
import org.parallax.WebTest;
import org.parallax.search.SearchIndexing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** /api/search takes the person, place and organization filters of the search page, and counts entities when asked. */
class SearchApiFiltersTest extends WebTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    SearchIndexing indexing;

    @BeforeEach
    void storeTheTarnwickCoverage() {
        EntityFixtures.store(library);
        assertThat(indexing.awaitCaughtUp(Duration.ofSeconds(30))).as("index caught up").isTrue();
    }

    @Test
    void entityFiltersAreRepeatableAndAllRequired() throws Exception {
        assertThat(ids(get("/api/search").param("q", "tarnwick").param("person", "EDOUARD BALLADUR")))
                .containsExactlyInAnyOrder(PARIS_TALKS_ID, LENDERS_ID);
        assertThat(ids(get("/api/search").param("q", "tarnwick").param("person", "Edouard Balladur").param("place", "Paris")))
                .containsExactly(PARIS_TALKS_ID);
        assertThat(ids(get("/api/search").param("q", "tarnwick").param("organization", "Bank of Italy")))
                .containsExactly(LEDGERS_ID);
        assertThat(ids(get("/api/search").param("q", "tarnwick").param("person", GATED_PERSON))).isEmpty();
    }

    @Test
    void entityCountsComeOnlyWhenAskedAndNeverFromAGatedBody() throws Exception {
        JsonNode plain = search(get("/api/search").param("q", "tarnwick"));
        JsonNode counted = search(get("/api/search").param("q", "tarnwick").param("facets", "5"));

        assertThat(plain.has("entities")).isFalse();
        JsonNode people = counted.get("entities").get("people");
        assertThat(people.get(0).get("name").asString()).isEqualTo("Edouard Balladur");
        assertThat(people.get(0).get("articles").asInt()).isEqualTo(2);
        assertThat(counted.get("entities").get("places").toString()).contains("Norway", "Paris");
        assertThat(counted.toString()).doesNotContain("Falkenrud");
    }

    @Test
    void aBadFacetCountIsRefused() throws Exception {
        mvc.perform(get("/api/search").param("q", "tarnwick").param("facets", "many")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/search").param("q", "tarnwick").param("facets", "500"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("facets must be between 0 and 50"));
    }

    private List<String> ids(MockHttpServletRequestBuilder request) throws Exception {
        List<String> ids = new ArrayList<>();
        search(request).get("results").forEach(result -> ids.add(result.get("id").asString()));
        return ids;
    }

    private JsonNode search(MockHttpServletRequestBuilder request) throws Exception {
        return json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
