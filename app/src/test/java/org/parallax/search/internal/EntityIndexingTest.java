package org.parallax.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
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
import org.parallax.search.EntityFacets;
import org.parallax.search.EntityNames;
import org.parallax.search.SearchHit;
import org.parallax.search.SearchQuery;
import org.parallax.search.lucene.NewsAnalyzer;
import org.parallax.search.lucene.LuceneSearchEngine;
import org.parallax.search.SearchSort;
import org.parallax.stories.Entity;
import org.parallax.stories.internal.entities.TestEntityFinders;

/**
 * Entities are found when articles are indexed, with the stories module's finder: from the whole
 * text of free and external articles, from only the title and dek of gated ones.
 */
class EntityIndexingTest {

    static final Instant MONDAY = Instant.parse("2026-03-16T08:00:00Z");

    @TempDir
    Path folder;

    TestDatabase database;
    Library library;
    LuceneSearchEngine engine;
    SearchIndexer indexer;

    @BeforeEach
    void storeTheArticles() {
        database = TestDatabases.sqlite(folder);
        library = TestLibraries.library(database.dataSource());
        library.store(gatedInvestigation());
        library.store(wireReport());
    }

    @AfterEach
    void closeEverything() throws Exception {
        if (engine != null) {
            engine.close();
        }
        database.close();
    }

    private void indexEverything() {
        engine = new LuceneSearchEngine(folder.resolve("index"));
        indexer = new SearchIndexer(library, new IndexedArticles(TestAccessPolicies.standard(), TestEntityFinders.rules()),
                engine, new SearchProperties(folder.resolve("index"), Duration.ofHours(1), 10));
        indexer.catchUp();
    }

    private List<String> naming(EntityNames names, boolean entitled) {
        SearchQuery query = new SearchQuery("", Set.of(), Set.of(), null, names, null, null, SearchSort.DATE, 1, 10, 0, entitled);
        return engine.search(query).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void aFreeArticlesEntitiesComeFromItsWholeText() {
        indexEverything();

        assertThat(naming(new EntityNames(Set.of("Edouard Balladur"), Set.of(), Set.of()), false)).containsExactly("balladur-visit");
        assertThat(naming(new EntityNames(Set.of(), Set.of("paris"), Set.of("International Monetary Fund")), false))
                .containsExactly("balladur-visit");
    }

    @Test
    void theFinderWouldNameWhatTheGatedBodyHoldsSoTheGatedTestsProveSomething() {
        List<String> body = gatedInvestigation().body().stream().map(Block::text).toList();

        assertThat(TestEntityFinders.rules().entities(gatedInvestigation().title(), body))
                .contains(Entity.person("Jonas Falkenrud"), Entity.place("Moscow"));
    }

    @Test
    void aGatedArticlesEntitiesComeFromItsTitleAndDekOnlyWhoeverSearches() {
        indexEverything();

        for (boolean entitled : new boolean[] {false, true}) {
            assertThat(naming(new EntityNames(Set.of(), Set.of("Norway"), Set.of()), entitled)).containsExactly("pilot-ledgers");
            assertThat(naming(new EntityNames(Set.of(), Set.of(), Set.of("Bank of Italy")), entitled)).containsExactly("pilot-ledgers");
            // Named past the teaser, and in the teaser: neither is a filter's to give away.
            assertThat(naming(new EntityNames(Set.of("Edouard Balladur"), Set.of(), Set.of()), entitled)).containsExactly("balladur-visit");
            assertThat(naming(new EntityNames(Set.of("Jonas Falkenrud"), Set.of(), Set.of()), entitled)).isEmpty();
            assertThat(naming(new EntityNames(Set.of(), Set.of("Moscow"), Set.of()), entitled)).isEmpty();
        }
    }

    @Test
    void aGatedBodyAddsNothingToTheFacets() {
        indexEverything();

        EntityFacets facets = engine.search(SearchQuery.of("ledgers OR minister").withFacets(20)).facets();

        assertThat(facets.people()).extracting(EntityFacets.Count::name).doesNotContain("Jonas Falkenrud")
                .contains("Edouard Balladur");
        assertThat(facets.people()).filteredOn(count -> count.name().equals("Edouard Balladur"))
                .extracting(EntityFacets.Count::articles).containsExactly(1);
        assertThat(facets.places()).extracting(EntityFacets.Count::name).contains("Norway").doesNotContain("Moscow");
        assertThat(facets.places()).filteredOn(count -> count.name().equals("Paris"))
                .extracting(EntityFacets.Count::articles).containsExactly(1);
    }

    @Test
    void anIndexWrittenBeforeEntitiesExistedIsRebuiltBeforeItIsWrittenTo() throws Exception {
        Path index = folder.resolve("index");
        try (FSDirectory directory = FSDirectory.open(index);
                IndexWriter old = new IndexWriter(directory, new IndexWriterConfig(new NewsAnalyzer()))) {
            Document stray = new Document();
            stray.add(new StringField("id", "balladur-visit", Field.Store.YES));
            old.addDocument(stray);
            // the commit data an index of layout 1 carried: its library change, no layout
            old.setLiveCommitData(Map.of("parallax.library-change", Long.toString(library.lastChange())).entrySet());
            old.commit();
        }
        engine = new LuceneSearchEngine(index);
        assertThat(engine.outdated()).isTrue();
        indexer = new SearchIndexer(library, new IndexedArticles(TestAccessPolicies.standard(), TestEntityFinders.rules()),
                engine, new SearchProperties(index, Duration.ofHours(1), 10));

        indexer.catchUp();

        assertThat(engine.outdated()).isFalse();
        assertThat(engine.lastIndexedChange()).isEqualTo(library.lastChange());
        assertThat(naming(new EntityNames(Set.of("Edouard Balladur"), Set.of(), Set.of()), false)).containsExactly("balladur-visit");
        assertThat(engine.search(SearchQuery.of("ledgers")).hits()).extracting(SearchHit::id).containsExactly("pilot-ledgers");
        engine.close();
        engine = new LuceneSearchEngine(index);
        assertThat(engine.outdated()).as("the new layout is committed").isFalse();
    }

    @Test
    void aNewIndexIsInTheCurrentLayoutFromItsFirstCommit() {
        engine = new LuceneSearchEngine(folder.resolve("index"));

        assertThat(engine.outdated()).isFalse();
        assertThat(engine.lastIndexedChange()).isZero();
    }

    static ArticleDraft gatedInvestigation() {
        return new ArticleDraft("pilot-ledgers", "https://parallax.example/in-depth/pilot-ledgers", "Parallax",
                "What the ferry pilots' ledgers show", "Letters from Norway and the Bank of Italy", "Staff",
                ArticleKind.IN_DEPTH, AccessLevel.SUBSCRIBERS, "en", MONDAY, null, List.of(
                        new Block.Paragraph("Moscow said on Tuesday it had never seen the ledgers."),
                        new Block.Paragraph("Parallax read all of them."),
                        new Block.Paragraph("Finance Minister Jonas Falkenrud said the ledgers were forged.")));
    }

    static ArticleDraft wireReport() {
        return new ArticleDraft("balladur-visit", "https://meridian-wire.example/world/balladur", "Meridian Wire",
                "Minister meets lenders", null, "Wire staff", ArticleKind.NEWS, null, "en", MONDAY.plusSeconds(60), null,
                List.of(new Block.Paragraph("French Finance Minister Edouard Balladur met the IMF in Paris on Monday.")));
    }
}
