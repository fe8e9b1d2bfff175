package org.parallax.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parallax.search.SearchFixtures.fishermenOpinion;
import static org.parallax.search.SearchFixtures.wireReport;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.search.SearchIndexBusy;
import org.parallax.search.SearchFixtures;
import org.parallax.search.SearchQuery;

/** The index remembers how far it follows the library, and shares its folder safely with another process. */
class IndexBookkeepingTest {

    @TempDir
    Path folder;

    @Test
    void anEmptyIndexHoldsNoChangeAndFindsNothing() throws Exception {
        try (LuceneSearchEngine engine = new LuceneSearchEngine(folder)) {
            assertThat(engine.lastIndexedChange()).isZero();
            assertThat(engine.search(SearchQuery.of("accord")).total()).isZero();
        }
    }

    @Test
    void theLastIndexedChangeSurvivesClosingAndReopening() throws Exception {
        try (LuceneSearchEngine engine = new LuceneSearchEngine(folder)) {
            engine.index(List.of(wireReport()), 41);
            engine.delete(List.of("no-such-article"), 42);
        }
        try (LuceneSearchEngine reopened = new LuceneSearchEngine(folder)) {
            assertThat(reopened.lastIndexedChange()).isEqualTo(42);
            assertThat(reopened.search(SearchQuery.of("envoys")).total()).isEqualTo(1);
        }
    }

    @Test
    void reindexingAnArticleReplacesItAndDeletingRemovesIt() throws Exception {
        try (LuceneSearchEngine engine = new LuceneSearchEngine(folder)) {
            engine.index(List.of(wireReport(), fishermenOpinion()), 2);
            engine.index(List.of(wireReport()), 3);
            assertThat(engine.search(SearchQuery.of("")).total()).isEqualTo(2);

            engine.delete(List.of(wireReport().id()), 4);

            assertThat(engine.search(SearchQuery.of("")).hits()).extracting(hit -> hit.id()).containsExactly(fishermenOpinion().id());
            assertThat(engine.lastIndexedChange()).isEqualTo(4);
        }
    }

    @Test
    void aSecondEngineOnAHeldIndexSearchesReadOnlyAndWritesOnceItIsFree() throws Exception {
        LuceneSearchEngine server = new LuceneSearchEngine(folder);
        server.index(List.of(wireReport()), 7);
        try (LuceneSearchEngine importer = new LuceneSearchEngine(folder)) {
            assertThat(importer.search(SearchQuery.of("envoys")).total()).isEqualTo(1);
            assertThat(importer.lastIndexedChange()).isEqualTo(7);
            assertThatThrownBy(() -> importer.index(List.of(fishermenOpinion()), 8)).isInstanceOf(SearchIndexBusy.class);

            server.index(List.of(fishermenOpinion()), 8);
            assertThat(importer.search(SearchQuery.of("osterby")).total()).as("sees the other writer's commits").isEqualTo(1);
            assertThat(importer.lastIndexedChange()).isEqualTo(8);

            server.close();
            importer.delete(List.of(wireReport().id()), 9);
            assertThat(importer.search(SearchQuery.of("")).total()).isEqualTo(1);
            assertThat(importer.lastIndexedChange()).isEqualTo(9);
        }
    }
}
