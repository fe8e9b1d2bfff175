package org.parallax.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.TestDatabases;
import org.parallax.TestDatabases.TestDatabase;
import org.parallax.access.internal.TestAccessPolicies;
import org.parallax.library.AccessLevel;
import org.parallax.library.ArticleDraft;
import org.parallax.library.ArticleKind;
import org.parallax.library.Block;
import org.parallax.library.Library;
import org.parallax.library.internal.TestLibraries;
import org.parallax.search.ReindexProgress;
import org.parallax.search.SearchHit;
import org.parallax.search.SearchIndexBusy;
import org.parallax.search.SearchFixtures;
import org.parallax.search.SearchQuery;
import org.parallax.search.lucene.LuceneSearchEngine;
import org.parallax.search.SearchFixtures.Ask;
import org.parallax.stories.internal.entities.TestEntityFinders;

/** The indexer follows the library's change log on a real SQLite database and a real index. */
class SearchIndexerTest {

    static final Instant SATURDAY = Instant.parse("2026-03-14T07:30:00Z");

    @TempDir
    Path folder;

    TestDatabase database;
    Library library;
    LuceneSearchEngine engine;
    SearchIndexer indexer;

    @BeforeEach
    void openTheLibrary() {
        database = TestDatabases.sqlite(folder);
        library = TestLibraries.library(database.dataSource());
    }

    @AfterEach
    void closeEverything() throws Exception {
        if (indexer != null) {
            indexer.stop();
        }
        if (engine != null) {
            engine.close();
        }
        database.close();
    }

    private SearchIndexer startIndexer() {
        engine = new LuceneSearchEngine(folder.resolve("index"));
        indexer = new SearchIndexer(library, new IndexedArticles(TestAccessPolicies.standard(), TestEntityFinders.rules()), engine,
                new SearchProperties(folder.resolve("index"), Duration.ofMillis(200), 2));
        indexer.start();
        return indexer;
    }

    private void stopIndexer() throws Exception {
        indexer.stop();
        engine.close();
        indexer = null;
        engine = null;
    }

    private List<String> found(String text) {
        return engine.search(SearchQuery.of(text)).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void articlesStoredWhileNoIndexerRanAreFoundOnceItStarts() {
        library.store(wireReport().draft());
        library.store(harbourMasterProfile().draft());
        library.store(gatedInvestigation().draft());

        assertThat(startIndexer().awaitCaughtUp(Duration.ofSeconds(10))).isTrue();

        assertThat(found("ferry")).containsExactlyInAnyOrder("ferry-accord", "harbour-master", "pilot-ledgers");
        assertThat(engine.lastIndexedChange()).isEqualTo(library.lastChange());
    }

    @Test
    void afterACrashTheIndexerCarriesOnFromItsMark() throws Exception {
        library.store(wireReport().draft());
        assertThat(startIndexer().awaitCaughtUp(Duration.ofSeconds(10))).isTrue();
        stopIndexer();

        library.store(harbourMasterProfile().draft());
        library.store(wireReport().withTitle("Envoys sign the ferry accord at dawn").draft());

        assertThat(startIndexer().awaitCaughtUp(Duration.ofSeconds(10))).isTrue();
        assertThat(found("harbourmaster OR dawn")).containsExactlyInAnyOrder("harbour-master", "ferry-accord");
        assertThat(found("title:\"reach a ferry accord\"")).isEmpty();
    }

    @Test
    void onlyTheTeaserOfAGatedArticleIsOpenToAnonymousSearches() {
        library.store(gatedInvestigation().draft());
        assertThat(startIndexer().awaitCaughtUp(Duration.ofSeconds(10))).isTrue();

        assertThat(found("pilots")).containsExactly("pilot-ledgers");
        assertThat(found("smuggled")).isEmpty();
        assertThat(found("text:\"smuggled lamp oil\"")).isEmpty();
        assertThat(engine.search(Ask.text("smuggled").entitled().query()).hits())
                .extracting(SearchHit::snippet).singleElement().asString().contains("<mark>smuggled</mark>");
    }

    @Test
    void anotherOutletsWholeTextIsSearchableButASnippetQuotesOnlyAShortPassage() {
        String filler = "The crossing was calm and the passengers slept below deck. ".repeat(20);
        library.store(new Draft("long-report", "https://meridian-wire.example/world/long-report", "Meridian Wire",
                "A long night on the strait", null, ArticleKind.NEWS,
                List.of(new Block.Paragraph(filler), new Block.Paragraph("At dawn the captain sighted a drifting lighthouse tender."),
                        new Block.Paragraph(filler))).draft());
        assertThat(startIndexer().awaitCaughtUp(Duration.ofSeconds(10))).isTrue();

        List<SearchHit> hits = engine.search(SearchQuery.of("lighthouse tender")).hits();

        assertThat(hits).extracting(SearchHit::id).containsExactly("long-report");
        assertThat(hits.getFirst().snippet()).contains("<mark>lighthouse</mark>").hasSizeLessThan(400);
    }

    @Test
    void catchUpIndexesEverythingStoredInTheCallingThread() {
        engine = new LuceneSearchEngine(folder.resolve("index"));
        indexer = new SearchIndexer(library, new IndexedArticles(TestAccessPolicies.standard(), TestEntityFinders.rules()), engine,
                new SearchProperties(folder.resolve("index"), Duration.ofHours(1), 2));
        library.store(wireReport().draft());
        library.store(harbourMasterProfile().draft());
        library.store(gatedInvestigation().draft());

        indexer.catchUp();

        assertThat(engine.lastIndexedChange()).isEqualTo(library.lastChange());
        assertThat(found("")).hasSize(3);
    }

    @Test
    void reindexRebuildsTheIndexFromTheLibraryAndRecordsItsLastChange() {
        library.store(wireReport().draft());
        library.store(harbourMasterProfile().draft());
        assertThat(startIndexer().awaitCaughtUp(Duration.ofSeconds(10))).isTrue();
        engine.index(List.of(SearchFixtures.hostileRumour()), 1); // a stray document the library does not hold
        List<ReindexProgress> reports = new ArrayList<>();

        ReindexProgress done = indexer.reindex(reports::add);

        assertThat(done.indexed()).isEqualTo(2);
        assertThat(done.percent()).isEqualTo(100);
        assertThat(reports).isNotEmpty();
        assertThat(found("")).containsExactlyInAnyOrder("ferry-accord", "harbour-master");
        assertThat(engine.lastIndexedChange()).isEqualTo(library.lastChange());
    }

    @Test
    void reindexWhileAnotherProcessHoldsTheIndexReportsBusy() throws Exception {
        library.store(wireReport().draft());
        try (LuceneSearchEngine server = new LuceneSearchEngine(folder.resolve("index"))) {
            server.index(List.of(), 0);
            startIndexer();

            assertThatThrownBy(() -> indexer.reindex(progress -> { })).isInstanceOf(SearchIndexBusy.class);
            assertThat(indexer.awaitCaughtUp(Duration.ofMillis(500))).isFalse();
        }
        assertThat(indexer.awaitCaughtUp(Duration.ofSeconds(10))).as("indexes once the other process let go").isTrue();
        assertThat(found("envoys")).containsExactly("ferry-accord");
    }

    static Draft wireReport() {
        return new Draft("ferry-accord", "https://meridian-wire.example/world/ferry-accord", "Meridian Wire",
                "Envoys reach a ferry accord in the Varnholm strait", null, ArticleKind.NEWS,
                List.of(new Block.Paragraph("Negotiators agreed on Friday to resume the night ferries.")));
    }

    static Draft harbourMasterProfile() {
        return new Draft("harbour-master", "https://northern-ledger.example/people/harbourmaster", "The Northern Ledger",
                "The harbourmaster who kept the ferry lights on", null, ArticleKind.IN_DEPTH,
                List.of(new Block.Paragraph("For eleven winters Agnete Solberg lit the lamps on the Osterby pier.")));
    }

    static Draft gatedInvestigation() {
        return new Draft("pilot-ledgers", "https://parallax.example/in-depth/pilot-ledgers", "Parallax",
                "What the ferry pilots' ledgers show", AccessLevel.SUBSCRIBERS, ArticleKind.IN_DEPTH,
                List.of(new Block.Paragraph("Pilots on the strait kept ledgers for forty years."),
                        new Block.Paragraph("Parallax read all of them."),
                        new Block.Paragraph("Three of the ledgers record smuggled lamp oil, crossing by crossing.")));
    }

    /** A draft with only what these tests vary. */
    record Draft(String id, String url, String outlet, String title, AccessLevel access, ArticleKind kind, List<Block> body) {

        Draft withTitle(String newTitle) {
            return new Draft(id, url, outlet, newTitle, access, kind, body);
        }

        ArticleDraft draft() {
            return new ArticleDraft(id, url, outlet, title, null, "Staff", kind, access, "en", SATURDAY, null, body);
        }
    }
}
