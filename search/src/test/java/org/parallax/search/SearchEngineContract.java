package org.parallax.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parallax.search.SearchFixtures.coverageWithEntities;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.search.SearchFixtures.Ask;
import org.parallax.search.lucene.SearchSyntax;

/**
 * What every {@link SearchEngine} must do, whatever runs it: the query syntax and its errors,
 * filters, order, pages and totals, snippets, the access rules for gated text, entity filters and
 * counts, deletes, the mark and rebuilds. Each engine's test extends this with a fresh, empty
 * engine per test. Ranking may differ between engines; where it may, sets are compared.
 */
public abstract class SearchEngineContract {

    protected SearchEngine engine;

    /** A new engine over an empty index of its own. */
    protected abstract SearchEngine newEngine();

    /** Closes the engine and drops its index. */
    protected abstract void discard(SearchEngine engine) throws Exception;

    @BeforeEach
    void indexTheCoverage() {
        engine = newEngine();
        engine.index(coverageWithEntities(), 6);
    }

    @AfterEach
    void discardTheEngine() throws Exception {
        discard(engine);
    }

    private SearchResult search(Ask ask) {
        return engine.search(ask.query());
    }

    private List<String> ids(Ask ask) {
        return ids(ask.query());
    }

    private List<String> ids(SearchQuery query) {
        return engine.search(query).hits().stream().map(SearchHit::id).toList();
    }

    private static SearchQuery naming(String text, Set<String> people, Set<String> places, Set<String> organizations) {
        return Ask.text(text).byDate().query().withEntities(new EntityNames(people, places, organizations));
    }

    private void refused(String text, String message) {
        assertThatThrownBy(() -> engine.search(Ask.text(text).query()))
                .isInstanceOf(InvalidSearch.class)
                .hasMessageContaining(message);
    }

    // The query syntax

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
    void prefixesAndWildcardsMatchTheStartOfWords() {
        assertThat(ids(Ask.text("negotiat*"))).containsExactly("envoys-reach-accord");
        assertThat(ids(Ask.text("osterb?"))).containsExactly("fishermen-opinion");
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
    void anUnclosedQuotationMarkIsNamed() {
        refused("\"night ferries", "quotation mark that is not closed");
    }

    @Test
    void unbalancedParenthesesAreNamed() {
        refused("(accord OR quarrel", "\"(\" that is not closed");
        refused("accord OR quarrel)", "closing parenthesis");
    }

    @Test
    void unknownFieldsAreRefusedWithTheOnesThatExist() {
        refused("author:okafor", "\"author:\" is not a field you can search");
    }

    @Test
    void patternsRangesAndLeadingWildcardsAreRefused() {
        refused("/ferr.*/", "Patterns between slashes");
        refused("title:[a TO z]", "Ranges in brackets");
        refused("*accord", "cannot start with * or ?");
        refused("fe*", "at least three letters");
        refused("*:*", "cannot start with * or ?");
    }

    @Test
    void danglingOperatorsAreExplained() {
        refused("accord AND", "AND, OR or NOT without words on both sides");
    }

    @Test
    void tooManyWordsAreRefused() {
        refused("ferry ".repeat(SearchSyntax.MAX_WORDS + 1), "too many words");
        refused("f".repeat(SearchSyntax.MAX_LENGTH + 1), "too long");
    }

    // Filters, order, pages

    @Test
    void filtersByOutletKindLanguageAndInclusiveDays() {
        assertThat(ids(Ask.text("ferry").outlets("northern-ledger", "parallax")))
                .containsExactlyInAnyOrder("fishermen-opinion", "strait-analysis");
        assertThat(ids(Ask.text("ferry").outlets("Northern-Ledger"))).containsExactly("fishermen-opinion");
        assertThat(ids(Ask.text("ferry").kinds("opinion"))).containsExactly("fishermen-opinion");
        assertThat(ids(Ask.text("").language("de"))).containsExactly("faehrabkommen");
        assertThat(ids(Ask.text("").language(" DE "))).containsExactly("faehrabkommen");
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
    void totalsAreExactBeyondAnyPageAndTheResultWindowIsEnforced() {
        List<IndexedArticle> many = IntStream.range(0, 120).mapToObj(SearchEngineContract::tideNote).toList();
        engine.index(many, 7);

        SearchResult last = search(Ask.text("tide").byDate().page(12, 10));
        assertThat(last.total()).isEqualTo(120);
        assertThat(last.hits()).extracting(SearchHit::id).containsExactly(
                IntStream.iterate(9, i -> i >= 0, i -> i - 1).mapToObj(i -> "tide-" + i).toArray(String[]::new));
        assertThatThrownBy(() -> Ask.text("tide").page(SearchQuery.MAX_RESULT_WINDOW / 10 + 1, 10).query())
                .isInstanceOf(InvalidSearch.class).hasMessageContaining("narrow the search");
    }

    private static IndexedArticle tideNote(int number) {
        return new IndexedArticle("tide-" + number, "https://harbour-log.example/tides/" + number, "Tide table " + number, null,
                null, "harbour-log", "Harbour Log", false, "news", "en",
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * number), "The tide turns at the quays.", "");
    }

    // Hits and snippets

    @Test
    void hitsCarryWhatAResultListShows() {
        SearchHit hit = search(Ask.text("okafor")).hits().getFirst();

        assertThat(hit.id()).isEqualTo("strait-analysis");
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

    // Gated text

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

    // Entities

    @Test
    void aPlaceFilterKeepsTheArticlesThatNameIt() {
        assertThat(ids(naming("", Set.of(), Set.of("Osterby"), Set.of())))
                .containsExactly("fishermen-opinion", "envoys-reach-accord");
        assertThat(ids(naming("negotiators", Set.of(), Set.of("Varnholm"), Set.of())))
                .containsExactly("envoys-reach-accord");
    }

    @Test
    void namesMatchInAnyCaseAndSpacingButOnlyWhole() {
        assertThat(ids(naming("", Set.of("  runa   HALVORSEN "), Set.of(), Set.of()))).containsExactly("fishermen-opinion");
        assertThat(ids(naming("", Set.of("Halvorsen"), Set.of(), Set.of()))).isEmpty();
        assertThat(ids(naming("", Set.of(), Set.of("varnholm strait"), Set.of()))).isEmpty();
    }

    @Test
    void severalNamesAreAllRequiredAcrossKinds() {
        assertThat(ids(naming("", Set.of(), Set.of("Osterby"), Set.of("strait ferry authority"))))
                .containsExactly("fishermen-opinion", "envoys-reach-accord");
        assertThat(ids(naming("", Set.of(), Set.of("Osterby", "Varnholm"), Set.of()))).containsExactly("envoys-reach-accord");
        assertThat(ids(naming("", Set.of("Ilse Marchetti"), Set.of(), Set.of("Osterby Fishermen's Guild")))).isEmpty();
    }

    @Test
    void entityFiltersCombineWithTheOtherFilters() {
        SearchQuery query = Ask.text("").outlets("meridian-wire").byDate().query()
                .withEntities(new EntityNames(Set.of(), Set.of("Varnholm"), Set.of()));

        assertThat(ids(query)).containsExactly("faehrabkommen", "envoys-reach-accord");
    }

    @Test
    void entityNamesAreNotSearchableAsWordsThroughAField() {
        assertThat(ids(Ask.text("halvorsen"))).as("the byline, not an entity field").containsExactly("fishermen-opinion");
        assertThat(engine.search(Ask.text("guild").query()).total()).as("named only as an entity").isZero();
    }

    @Test
    void facetsCountTheEntitiesOfTheMatchesMostNamedFirst() {
        SearchResult result = engine.search(Ask.text("").page(1, 2).query().withFacets(10));

        assertThat(result.hits()).hasSize(2);
        EntityFacets facets = result.facets();
        assertThat(facets.places()).containsExactly(new EntityFacets.Count("Varnholm", 3), new EntityFacets.Count("Osterby", 2));
        assertThat(facets.organizations()).containsExactly(new EntityFacets.Count("Strait Ferry Authority", 2),
                new EntityFacets.Count("Osterby Fishermen's Guild", 1));
        assertThat(facets.people()).extracting(EntityFacets.Count::name).containsExactly("Ilse Marchetti", "Runa Halvorsen");
    }

    @Test
    void facetsFollowTheFiltersAndTheLimit() {
        SearchResult result = engine.search(naming("", Set.of(), Set.of("Osterby"), Set.of()).withFacets(1));

        assertThat(result.facets().places()).containsExactly(new EntityFacets.Count("Osterby", 2));
        assertThat(result.facets().people()).hasSize(1);
    }

    @Test
    void noFacetsUnlessAsked() {
        assertThat(engine.search(Ask.text("").query()).facets().isEmpty()).isTrue();
    }

    // Writes, the mark and rebuilds

    @Test
    void theMarkFollowsEveryWrite() {
        assertThat(engine.lastIndexedChange()).isEqualTo(6);
        engine.delete(List.of("no-such-article"), 9);
        assertThat(engine.lastIndexedChange()).isEqualTo(9);
        assertThat(engine.outdated()).as("written by this version").isFalse();
    }

    @Test
    void reindexingAnArticleReplacesItAndDeletingRemovesIt() {
        IndexedArticle renamed = new IndexedArticle("envoys-reach-accord", "https://meridian-wire.example/world/strait-talks",
                "Envoys sign the Varnholm charter", null, "Ilse Marchetti", "meridian-wire", "Meridian Wire", false, "news", "en",
                SearchFixtures.FRIDAY, "The charter was signed at dawn.", "");
        engine.index(List.of(renamed), 7);

        assertThat(ids(Ask.text("charter"))).containsExactly("envoys-reach-accord");
        assertThat(ids(Ask.text("negotiators"))).isEmpty();
        assertThat(search(Ask.text("")).total()).isEqualTo(6);

        engine.delete(List.of("envoys-reach-accord", "hostile-rumour"), 8);

        assertThat(search(Ask.text("")).total()).isEqualTo(4);
        assertThat(ids(Ask.text("charter"))).isEmpty();
        assertThat(engine.lastIndexedChange()).isEqualTo(8);
    }

    @Test
    void theLastOfSeveralVersionsInOneBatchWins() {
        IndexedArticle first = SearchFixtures.wireReport();
        IndexedArticle second = new IndexedArticle(first.id(), first.url(), "Envoys postpone the ferry accord", first.dek(),
                first.byline(), first.outletSlug(), first.outletName(), false, "news", "en", first.published(),
                "The talks were adjourned.", "");
        engine.index(List.of(first, second), 7);

        assertThat(ids(Ask.text("postpone"))).containsExactly(first.id());
        assertThat(ids(Ask.text("negotiators"))).isEmpty();
    }

    @Test
    void searchesAnswerFromTheOldIndexWhileARebuildRunsAndFromTheNewOneAfter() {
        List<Long> seenDuring = new ArrayList<>();
        engine.rebuild(20, rebuild -> {
            rebuild.accept(List.of(SearchFixtures.fishermenOpinion()));
            seenDuring.add(engine.search(Ask.text("").query()).total());
            seenDuring.add(engine.lastIndexedChange());
            rebuild.accept(List.of(SearchFixtures.wireReport()));
        });

        assertThat(seenDuring).as("the old index, whole, and its mark").containsExactly(6L, 6L);
        assertThat(ids(Ask.text("").byDate())).containsExactly("fishermen-opinion", "envoys-reach-accord");
        assertThat(engine.lastIndexedChange()).isEqualTo(20);
        assertThat(ids(Ask.text("osterby"))).containsExactly("fishermen-opinion");
    }

    @Test
    void aFailedRebuildLeavesTheOldIndexAsItWas() {
        assertThatThrownBy(() -> engine.rebuild(20, rebuild -> {
            rebuild.accept(List.of(SearchFixtures.fishermenOpinion()));
            throw new IllegalStateException("the library went away");
        })).hasMessageContaining("the library went away");

        assertThat(search(Ask.text("")).total()).isEqualTo(6);
        assertThat(engine.lastIndexedChange()).isEqualTo(6);
        engine.index(List.of(tideNote(1)), 7);
        assertThat(search(Ask.text("")).total()).as("still written to after the failure").isEqualTo(7);
    }
}
