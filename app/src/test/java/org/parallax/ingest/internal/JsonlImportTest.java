package org.parallax.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.ingest.internal.ImportFixtures.line;
import static org.parallax.ingest.internal.ImportFixtures.ownAnalysis;
import static org.parallax.ingest.internal.ImportFixtures.with;
import static org.parallax.ingest.internal.ImportFixtures.wireReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.TestDatabases;
import org.parallax.TestDatabases.TestDatabase;
import org.parallax.ingest.ImportOptions;
import org.parallax.ingest.ImportProblem;
import org.parallax.ingest.ImportProgress;
import org.parallax.ingest.ImportReport;
import org.parallax.library.AccessLevel;
import org.parallax.library.Article;
import org.parallax.library.ArticleFilter;
import org.parallax.library.ArticleKind;
import org.parallax.library.Block.Paragraph;
import org.parallax.library.Library;
import org.parallax.library.internal.TestLibraries;

class JsonlImportTest {

    @TempDir
    Path folder;

    private TestDatabase database;
    private Library library;
    private FileImporter importer;

    @BeforeEach
    void openLibrary() {
        database = TestDatabases.sqlite(folder);
        library = TestLibraries.library(database.dataSource());
        importer = new FileImporter(library, "Parallax");
    }

    @AfterEach
    void closeLibrary() {
        database.close();
    }

    @Test
    void importsEveryRecordWithItsFieldsAndParagraphs() throws IOException {
        Path feed = write("feed.jsonl", line(wireReport(1)), line(wireReport(2)), line(ownAnalysis()));

        ImportReport report = run(feed);

        assertThat(report.added()).isEqualTo(3);
        assertThat(report.failed()).isZero();
        assertThat(report.problems()).isEmpty();
        Article analysis = library.article("ferry-accord-analysis").orElseThrow();
        assertThat(analysis.outlet().own()).isTrue();
        assertThat(analysis.byline()).isEqualTo("Tomasz Okafor");
        assertThat(analysis.dek()).isEqualTo("A small deal with long roots");
        assertThat(analysis.kind()).isEqualTo(ArticleKind.ANALYSIS);
        assertThat(analysis.access()).isEqualTo(AccessLevel.REGISTERED);
        assertThat(analysis.published()).hasToString("2026-03-14T08:00:00Z");
        assertThat(analysis.body()).containsExactly(
                new Paragraph("The accord settles a quarrel older than either government."),
                new Paragraph("Its real test comes in winter."));
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws IOException {
        Path feed = write("feed.jsonl", line(wireReport(1)), line(ownAnalysis()));
        run(feed);
        long lastChange = library.lastChange();

        ImportReport again = run(feed);

        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.added() + again.updated()).isZero();
        assertThat(library.lastChange()).isEqualTo(lastChange);
    }

    @Test
    void aChangedRecordUpdatesTheArticleAndKeepsTheEarlierVersionAsARevision() throws IOException {
        run(write("feed.jsonl", line(ownAnalysis())));

        ImportReport report = run(write("feed.jsonl",
                line(with(ownAnalysis(), "title", "Why the ferry accord matters, and to whom"))));

        assertThat(report.updated()).isEqualTo(1);
        assertThat(library.revisions("ferry-accord-analysis")).extracting(revision -> revision.title())
                .containsExactly("Why the ferry accord matters more than it looks", "Why the ferry accord matters, and to whom");
    }

    @Test
    void aBadLineIsReportedWithItsFileLineAndReasonAndTheLinesAroundItAreStored() throws IOException {
        Path feed = write("feed.jsonl",
                line(wireReport(1)),
                "{\"url\": \"https://meridian-wire.example/broken\", \"title\": ",
                line(with(wireReport(3), "title", "  ")),
                line(with(wireReport(4), "url", "/world/varnholm-4")),
                line(with(wireReport(5), "published", null)),
                line(with(wireReport(6), "kind", "feature")),
                line(with(wireReport(7), "title", 42)),
                line(with(wireReport(8), "published", "yesterday")),
                "[1, 2]",
                "",
                line(wireReport(11)));

        ImportReport report = run(feed);

        assertThat(report.added()).isEqualTo(2);
        assertThat(report.failed()).isEqualTo(8);
        assertThat(report.problems()).extracting(ImportProblem::toString).satisfiesExactly(
                invalidJson -> assertThat(invalidJson).startsWith(feed + ":2: invalid JSON ("),
                emptyTitle -> assertThat(emptyTitle).isEqualTo(feed + ":3: title is empty"),
                relativeUrl -> assertThat(relativeUrl).isEqualTo(feed + ":4: url must be absolute (https://...): /world/varnholm-4"),
                noDate -> assertThat(noDate).isEqualTo(feed + ":5: published is missing"),
                badKind -> assertThat(badKind).isEqualTo(feed + ":6: kind must be one of news, analysis, in-depth, opinion, briefing, not feature"),
                numberTitle -> assertThat(numberTitle).isEqualTo(feed + ":7: title must be a string, not a number"),
                badDate -> assertThat(badDate).startsWith(feed + ":8: published is not a date"),
                notObject -> assertThat(notObject).isEqualTo(feed + ":9: a line must hold one JSON object, not an array"));
        assertThat(library.articles(ArticleFilter.latest(10))).extracting(Article::url).containsExactlyInAnyOrder(
                "https://meridian-wire.example/world/varnholm-1", "https://meridian-wire.example/world/varnholm-11");
    }

    @Test
    void datesInRfc1123AreReadAndZonelessDatesAreReadAsUtcWithAWarning() throws IOException {
        Path feed = write("feed.jsonl",
                line(with(wireReport(1), "published", "Sat, 14 Mar 2026 07:30:00 GMT")),
                line(with(wireReport(2), "published", "2026-03-14T07:30:00")));

        ImportReport report = run(feed);

        assertThat(report.added()).isEqualTo(2);
        assertThat(report.failed()).isZero();
        assertThat(report.warnings()).isEqualTo(1);
        assertThat(report.problems()).extracting(ImportProblem::toString)
                .containsExactly(feed + ":2: warning: published has no time zone; read as UTC: 2026-03-14T07:30:00");
        assertThat(library.articles(ArticleFilter.latest(10))).extracting(article -> article.published().toString())
                .containsOnly("2026-03-14T07:30:00Z");
    }

    @Test
    void aRecordTheLibraryRefusesIsReportedAtItsLine() throws IOException {
        Path feed = write("feed.jsonl", line(wireReport(1)), line(with(wireReport(2), "id", "no spaces allowed")));

        ImportReport report = run(feed);

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.problems()).extracting(ImportProblem::toString).singleElement()
                .asString().startsWith(feed + ":2: id must be");
    }

    @Test
    void manyRecordsAreStoredInSeveralBatches() throws IOException {
        List<String> lines = java.util.stream.IntStream.rangeClosed(1, FileImporter.BATCH_SIZE * 2 + 7)
                .mapToObj(number -> line(wireReport(number))).toList();

        ImportReport report = run(write("many.ndjson", lines.toArray(String[]::new)));

        assertThat(report.added()).isEqualTo(FileImporter.BATCH_SIZE * 2 + 7);
        assertThat(library.articleCount()).isEqualTo(FileImporter.BATCH_SIZE * 2 + 7);
    }

    private ImportReport run(Path... paths) {
        return importer.run(List.of(paths), ImportOptions.defaults(), ImportProgress.SILENT);
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.write(folder.resolve(name), List.of(lines));
    }
}
