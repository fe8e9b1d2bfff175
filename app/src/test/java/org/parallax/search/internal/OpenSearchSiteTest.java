package org.parallax.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.parallax.FakeStripe;
import org.parallax.WebFixtures;
import org.parallax.library.ArticleDraft;
import org.parallax.library.ArticleKind;
import org.parallax.library.Block;
import org.parallax.library.Library;
import org.parallax.search.ReindexProgress;
import org.parallax.search.SearchEngine;
import org.parallax.search.SearchIndexing;
import org.parallax.search.opensearch.OpenSearchTestNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application with {@code parallax.search.engine=opensearch}, against the OpenSearch test node
 * in this JVM, reached through a relay the test can cut: imported articles are found through
 * /api/search; with the node gone the search page and the API answer 503 while the rest of the site
 * serves; articles stored meanwhile are indexed once it is back. A reindex moves the alias.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenSearchSiteTest {

    private static final SwitchableProxy RELAY = new SwitchableProxy(OpenSearchTestNode.url());
    private static final String ALIAS = "site-test-" + ProcessHandle.current().pid();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("parallax.data", OpenSearchSiteTest::dataFolder);
        registry.add("parallax.billing.stripe-secret-key", () -> FakeStripe.SECRET_KEY);
        registry.add("parallax.billing.stripe-webhook-secret", () -> FakeStripe.WEBHOOK_SECRET);
        registry.add("parallax.billing.stripe-api-base", FakeStripe::url);
        registry.add("parallax.search.engine", () -> "opensearch");
        registry.add("parallax.search.opensearch.url", () -> RELAY.url().toString());
        registry.add("parallax.search.opensearch.alias", () -> ALIAS);
        registry.add("parallax.search.opensearch.connect-timeout", () -> "500ms");
        registry.add("parallax.search.opensearch.socket-timeout", () -> "2s");
        registry.add("parallax.search.poll-interval", () -> "200ms");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Library library;

    @Autowired
    SearchIndexing indexing;

    @Autowired
    SearchEngine engine;

    @Autowired
    @Qualifier("searchHealthIndicator")
    HealthIndicator health;

    @AfterAll
    static void dropTheIndex() {
        RELAY.close();
        OpenSearchTestNode.dropIndexes(ALIAS);
    }

    @Test
    void searchesGoToOpenSearchAndSurviveItsAbsence() throws Exception {
        WebFixtures.store(library);
        assertThat(indexing.awaitCaughtUp(Duration.ofSeconds(30))).as("indexed into OpenSearch").isTrue();
        assertThat(engine.shared()).isTrue();

        mvc.perform(get("/api/search").param("q", "title:sluice"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.results[0].id").value(WebFixtures.GATED_ID));
        mvc.perform(get("/api/search").param("q", WebFixtures.GATED_WORD)).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);

        RELAY.cut();
        try {
            mvc.perform(get("/search").param("q", "summit"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("Search is unavailable right now")));
            mvc.perform(get("/api/search").param("q", "summit"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.title").value("Search unavailable"));
            mvc.perform(get("/")).andExpect(status().isOk());
            mvc.perform(get("/articles/" + WebFixtures.FREE_ID)).andExpect(status().isOk());
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
            library.store(lateArticle());
            Thread.sleep(600); // the indexer tries, fails and keeps its mark
        } finally {
            RELAY.restore();
        }

        assertThat(indexing.awaitCaughtUp(Duration.ofSeconds(30))).as("caught up once OpenSearch is back").isTrue();
        mvc.perform(get("/api/search").param("q", "breakwater"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].id").value("late-breakwater-report"));
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void aReindexFillsANewIndexAndMovesTheAliasToItWhileSearchesGoOn() throws Exception {
        WebFixtures.store(library);
        assertThat(indexing.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        String before = indexBehindAlias();
        List<ReindexProgress> reported = new ArrayList<>();

        ReindexProgress done = indexing.reindex(reported::add);

        assertThat(done.indexed()).isEqualTo(library.articleCount());
        assertThat(reported).isNotEmpty();
        String after = indexBehindAlias();
        assertThat(after).isNotEqualTo(before).startsWith(ALIAS + "-");
        assertThat(engine.lastIndexedChange()).isGreaterThanOrEqualTo(library.lastChange());
        mvc.perform(get("/api/search").param("q", "title:sluice")).andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].id").value(WebFixtures.GATED_ID));
    }

    /** The one index the alias stands for, as OpenSearch itself reports it. */
    private static String indexBehindAlias() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(OpenSearchTestNode.url().resolve("/_alias/" + ALIAS)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        List<String> indexes = new ArrayList<>();
        JsonMapper.builder().build().readTree(answer.body()).propertyNames().forEach(indexes::add);
        assertThat(indexes).hasSize(1);
        return indexes.getFirst();
    }

    private static ArticleDraft lateArticle() {
        return new ArticleDraft("late-breakwater-report", "https://lakeshore-courier.example/breakwater", "Lakeshore Courier",
                "The breakwater holds", null, "Harbour desk", ArticleKind.NEWS, null, "en", Instant.parse("2026-03-15T09:00:00Z"),
                null, List.of(new Block.Paragraph("Engineers said the new breakwater held through the night.")));
    }

    private static String dataFolder() {
        try {
            Path folder = Files.createTempDirectory("parallax-opensearch-test");
            folder.toFile().deleteOnExit();
            return folder.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
