package org.parallax.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.search.internal.SearchFixtures.coverage;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.search.SearchHit;
import org.parallax.search.SearchResult;
import org.parallax.search.internal.SearchFixtures.Ask;

/** Searching the coverage of the ferry accord: the query language, filters, order and pages. */
class LuceneSearchEngineTest {

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

    private SearchResult search(Ask ask) {
        return engine.search(ask.query());
    }

    private List<String> ids(Ask ask) {
        return search(ask).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void aWordInTheTitleOutranksTheSameWordOnceInALongBody() {
        assertThat(ids(Ask.text("fishermen"))).containsExactly("fishermen-opinion", "quay-market");
    }

    @Test
    void everyWordIsRequiredByDefault() {
        assertThat(ids(Ask.text("accord osterby"))).containsExactly("fishermen-opinion");
    }

    @Test
    void inflectionsCaseAndAccentsDoNotMatter() {
        assertThat(ids(Ask.text("NEGOTIATOR"))).containsExactly("envoys-reach-accord");
        assertThat(ids(Ask.text("fahrabkommen"))).containsExactly("faehrabkommen");
        assertThat(ids(Ask.text("commissioner's"))).containsExactly("envoys-reach-accord");
    }

    @Test
    void aPhraseMatchesOnlyTheWordsInThatOrder() {
        assertThat(ids(Ask.text("\"night ferries\""))).containsExactly("envoys-reach-accord");
        assertThat(ids(Ask.text("\"ferries night\""))).isEmpty();
        assertThat(ids(Ask.text("\"ferries night\"~3"))).containsExactly("envoys-reach-accord");
    }

    @Test
    void booleanOperatorsAndParenthesesCombineWords() {
        assertThat(ids(Ask.text("quarrel OR osterby"))).containsExactlyInAnyOrder("strait-analysis", "fishermen-opinion");
        assertThat(ids(Ask.text("accord AND osterby"))).containsExactly("fishermen-opinion");
        assertThat(ids(Ask.text("accord NOT osterby"))).containsExactlyInAnyOrder("envoys-reach-accord", "strait-analysis");
        assertThat(ids(Ask.text("accord -osterby"))).containsExactlyInAnyOrder("envoys-reach-accord", "strait-analysis");
        assertThat(ids(Ask.text("(quarrel OR commissioner) accord"))).containsExactlyInAnyOrder("strait-analysis", "envoys-reach-accord");
    }

    @Test
    void aLoneExclusionMeansEverythingElse() {
        assertThat(ids(Ask.text("-ferry"))).containsExactlyInAnyOrder("faehrabkommen", "quay-market");
    }

    @Test
    void fieldPrefixesLimitWhereAWordMayMatch() {
        assertThat(ids(Ask.text("byline:okafor"))).containsExactly("strait-analysis");
        assertThat(ids(Ask.text("title:commissioner"))).isEmpty();
        assertThat(ids(Ask.text("text:commissioner"))).containsExactly("envoys-reach-accord");
        assertThat(ids(Ask.text("dek:crossings"))).containsExactly("envoys-reach-accord");
        assertThat(ids(Ask.text("Title:\"ferry accord\""))).containsExactlyInAnyOrder("envoys-reach-accord", "strait-analysis");
    }

    @Test
    void filtersByOutletKindLanguageAndInclusiveDays() {
        assertThat(ids(Ask.text("ferry").outlets("northern-ledger", "parallax")))
                .containsExactlyInAnyOrder("fishermen-opinion", "strait-analysis");
        assertThat(ids(Ask.text("ferry").kinds("opinion"))).containsExactly("fishermen-opinion");
        assertThat(ids(Ask.text("").language("de"))).containsExactly("faehrabkommen");
        assertThat(ids(Ask.text("").between("2026-03-13", "2026-03-14")))
                .containsExactly("faehrabkommen", "strait-analysis", "envoys-reach-accord");
        assertThat(ids(Ask.text("").between("2026-03-15", null))).containsExactly("fishermen-opinion");
        assertThat(ids(Ask.text("").between(null, "2026-03-10"))).containsExactly("hostile-rumour");
    }

    @Test
    void anEmptySearchListsEveryArticleNewestFirst() {
        assertThat(ids(Ask.text(""))).containsExactly("fishermen-opinion", "faehrabkommen", "strait-analysis",
                "envoys-reach-accord", "quay-market", "hostile-rumour");
    }

    @Test
    void dateOrderPutsTheNewestMatchFirstWhateverItsScore() {
        assertThat(ids(Ask.text("fishermen").byDate())).containsExactly("fishermen-opinion", "quay-market");
        assertThat(ids(Ask.text("ferry").byDate())).containsExactly("fishermen-opinion", "strait-analysis",
                "envoys-reach-accord", "hostile-rumour");
    }

    @Test
    void pagesSliceTheResultsAndTheTotalCountsThemAll() {
        SearchResult second = search(Ask.text("").page(2, 4));

        assertThat(second.total()).isEqualTo(6);
        assertThat(second.pages()).isEqualTo(2);
        assertThat(second.hits()).extracting(SearchHit::id).containsExactly("quay-market", "hostile-rumour");
        assertThat(search(Ask.text("").page(3, 4)).hits()).isEmpty();
    }

    @Test
    void hitsCarryWhatAResultListShows() {
        SearchHit hit = search(Ask.text("okafor")).hits().getFirst();

        assertThat(hit.title()).isEqualTo("Why the ferry accord matters more than it looks");
        assertThat(hit.outletSlug()).isEqualTo("parallax");
        assertThat(hit.outletName()).isEqualTo("Parallax");
        assertThat(hit.own()).isTrue();
        assertThat(hit.kind()).isEqualTo("analysis");
        assertThat(hit.url()).isEqualTo("https://parallax.example/analysis/strait");
        assertThat(hit.published()).isEqualTo(SearchFixtures.gatedAnalysis().published());
    }

    @Test
    void snippetsMarkTheMatchedWords() {
        String snippet = search(Ask.text("commissioner")).hits().getFirst().snippet();

        assertThat(snippet).contains("the harbour <mark>commissioner</mark> said");
        assertThat(snippet.length()).isLessThan(260);
    }

    @Test
    void aTitleOnlyMatchQuotesTheStartOfTheOpenText() {
        String snippet = search(Ask.text("title:envoys")).hits().getFirst().snippet();

        assertThat(snippet).startsWith("Negotiators from both shores").doesNotContain("<mark>");
    }

    @Test
    void hostileTextIsEscapedInSnippets() {
        String marked = search(Ask.text("timetable bold")).hits().getFirst().snippet();
        String opening = search(Ask.text("title:rumours")).hits().getFirst().snippet();

        assertThat(marked).contains("&lt;b&gt;<mark>bold</mark>&lt;").contains("&amp;")
                .contains("&lt;script&gt;").doesNotContain("<script>").doesNotContain("<b>")
                .contains("<mark>timetable</mark>");
        assertThat(opening).contains("&lt;script&gt;").doesNotContain("<script>");
    }
}
