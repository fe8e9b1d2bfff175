package org.parallax.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parallax.search.internal.SearchFixtures.coverage;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.search.InvalidSearch;
import org.parallax.search.SearchHit;
import org.parallax.search.SearchResult;
import org.parallax.search.internal.SearchFixtures.Ask;

/** Gated text is searchable and quotable for entitled visitors only, whatever a query tries. */
class GatedTextTest {

    @TempDir
    Path folder;

    LuceneSearchEngine engine;

    @BeforeEach
    void indexTheCoverage() {
        engine = new LuceneSearchEngine(folder);
        engine.index(coverage(), 6);
    }

    @AfterEach
    void close() throws Exception {
        engine.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "quartermaster", "text:quartermaster", "TEXT:quartermaster", "\"lighthouse clause\"", "text:\"lighthouse clause\"",
            "brennick", "Brennick~1", "brenick~2", "quarterm*", "quartermast?r", "quartermaster OR brennick",
            "(customs AND officers)", "+quartermaster", "quartermaster^10", "\"quartermaster ledger\"~5",
    })
    void anonymousSearchesCannotReachGatedText(String attack) {
        SearchResult result = engine.search(Ask.text(attack).query());

        assertThat(result.total()).as(attack).isZero();
        assertThat(result.hits()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gatedText:quartermaster", "gatedtext:quartermaster", "openText:accord", "id:strait-analysis",
            "outletName:parallax", "_any:quartermaster OR gatedText:brennick"})
    void internalFieldNamesAreRefused(String attack) {
        assertThatThrownBy(() -> engine.search(Ask.text(attack).query()))
                .isInstanceOf(InvalidSearch.class)
                .hasMessageContaining("use title:, dek:, byline: or text:");
    }

    @Test
    void snippetsOfAGatedArticleQuoteOnlyItsTeaser() {
        for (String query : new String[] {"accord OR quartermaster", "okafor", "title:matters", "accord -osterby", ""}) {
            for (SearchHit hit : engine.search(Ask.text(query).query()).hits()) {
                assertThat(hit.snippet()).as(query)
                        .doesNotContainIgnoringCase("quartermaster")
                        .doesNotContainIgnoringCase("brennick")
                        .doesNotContainIgnoringCase("lighthouse");
            }
        }
    }

    @Test
    void entitledSearchesFindAndQuoteGatedText() {
        SearchResult result = engine.search(Ask.text("quartermaster").entitled().query());

        assertThat(result.hits()).extracting(SearchHit::id).containsExactly("strait-analysis");
        assertThat(result.hits().getFirst().snippet()).contains("<mark>quartermaster</mark>");
        assertThat(engine.search(Ask.text("text:\"lighthouse clause\"").entitled().query()).total()).isEqualTo(1);
    }
}
