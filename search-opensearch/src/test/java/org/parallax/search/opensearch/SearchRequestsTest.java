package org.parallax.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.parallax.search.SearchFixtures.Ask;
import org.parallax.search.SearchQuery;
import org.parallax.search.lucene.NewsAnalyzer;
import org.parallax.search.lucene.SearchSyntax;
import tools.jackson.databind.JsonNode;

/** What a search sends to OpenSearch never asks for gated text unless the visitor is entitled to it. */
class SearchRequestsTest {

    private final SearchSyntax syntax = new SearchSyntax(new NewsAnalyzer());

    private JsonNode body(SearchQuery query) {
        Query text = syntax.parse(query.text(), query.gatedText());
        return SearchRequests.body(query, text);
    }

    @Test
    void hitsNeverCarryTheGatedTextWhoeverSearches() {
        for (SearchQuery query : new SearchQuery[] {Ask.text("accord").query(), Ask.text("accord").entitled().query()}) {
            JsonNode body = body(query);
            assertThat(body.path("_source").path("includes").toString()).doesNotContain("gatedText");
        }
    }

    @Test
    void gatedTextIsMatchedAndQuotedOnlyForEntitledSearches() {
        JsonNode anonymous = body(Ask.text("accord").query());
        JsonNode entitled = body(Ask.text("accord").entitled().query());

        assertThat(anonymous.toString()).doesNotContain("gatedText");
        assertThat(entitled.path("query").toString()).contains("gatedText");
        assertThat(entitled.path("highlight").path("fields").has("gatedText")).isTrue();
    }

    @Test
    void totalsAreExact() {
        assertThat(body(Ask.text("accord").query()).path("track_total_hits").asBoolean()).isTrue();
    }
}
