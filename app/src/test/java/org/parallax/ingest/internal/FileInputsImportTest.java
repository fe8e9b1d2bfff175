package org.parallax.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.ingest.internal.ImportFixtures.line;
import static org.parallax.ingest.internal.ImportFixtures.with;
import static org.parallax.ingest.internal.ImportFixtures.wireReport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
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
import org.parallax.library.Article;
import org.parallax.library.ArticleFilter;
import org.parallax.library.Block.Paragraph;
import org.parallax.library.Library;
import org.parallax.library.internal.TestLibraries;

/** Files as they come from the world: odd encodings, binaries, huge files, text pasted from pages, folders. */
class FileInputsImportTest {

    @TempDir
    Path folder;

    private TestDatabase database;
    private Library library;
    private FileImporter importer;

    @BeforeEach
    void openLibrary() throws IOException {
        database = TestDatabases.sqlite(Files.createDirectory(folder.resolve("db")));
        library = TestLibraries.library(database.dataSource());
        importer = new FileImporter(library, "Parallax");
    }

    @AfterEach
    void closeLibrary() {
        database.close();
    }

    @Test
    void aWindows1252LineIsReadAsSuchAndAUtf8LineInTheSameFileStillReadsAsUtf8() throws IOException {
        Path feed = folder.resolve("legacy.jsonl");
        Files.write(feed, concat(
                (line(with(wireReport(1), "title", "Café owners on the quay cheer the accord")) + "\r\n").getBytes(Charset.forName("windows-1252")),
                (line(with(wireReport(2), "title", "Fährleute in Varnholm jubeln")) + "\n").getBytes(StandardCharsets.UTF_8)));

        ImportReport report = run(feed);

        assertThat(report.added()).isEqualTo(2);
        assertThat(titles()).containsExactlyInAnyOrder("Café owners on the quay cheer the accord", "Fährleute in Varnholm jubeln");
    }

    @Test
    void aUtf16FileWithAByteOrderMarkIsRead() throws IOException {
        Path feed = folder.resolve("export.jsonl");
        String text = line(with(wireReport(1), "title", "Ferries “sail again” in Varnholm")) + "\r\n" + line(wireReport(2)) + "\r\n";
        Files.write(feed, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));

        ImportReport report = run(feed);

        assertThat(report.added()).isEqualTo(2);
        assertThat(titles()).contains("Ferries “sail again” in Varnholm");
    }

    @Test
    void aBinaryFileIsReportedOnceAndTheOtherFilesAreImported() throws IOException {
        byte[] noise = new byte[4096];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (i * 31);
        }
        Path binary = Files.write(folder.resolve("scan.jsonl"), noise);
        Path feed = Files.write(folder.resolve("feed.jsonl"), List.of(line(wireReport(1))));

        ImportReport report = run(binary, feed);

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.problems()).extracting(ImportProblem::toString)
                .containsExactly(binary + ": is a binary file, not JSONL or text; skipped");
    }

    @Test
    void aFiftyMegabyteFileIsStreamedAndItsOverlongLineSkipped() throws IOException {
        Path feed = folder.resolve("huge.jsonl");
        try (OutputStream out = Files.newOutputStream(feed)) {
            out.write((line(wireReport(1)) + "\n{\"url\": \"https://meridian-wire.example/huge\", \"text\": \"").getBytes(StandardCharsets.UTF_8));
            byte[] megabyte = new byte[1024 * 1024];
            Arrays.fill(megabyte, (byte) 'a');
            for (int i = 0; i < 50; i++) {
                out.write(megabyte);
            }
            out.write(("\"}\n" + line(wireReport(3)) + "\n").getBytes(StandardCharsets.UTF_8));
        }

        ImportReport report = run(feed);

        assertThat(Files.size(feed)).isGreaterThan(50L * 1024 * 1024);
        assertThat(report.added()).isEqualTo(2);
        assertThat(report.problems()).extracting(ImportProblem::toString)
                .containsExactly(feed + ":2: line is longer than 10 MB; skipped");
    }

    @Test
    void aTextFileIsOneArticleWithTheFirstLineAsTitleAndItsOwnFileUrl() throws IOException {
        Path pasted = Files.writeString(folder.resolve("ferry-accord.txt"), """

                Varnholm ferries to sail again

                Negotiators from both shores agreed on Friday to resume the night ferries.

                "It is a modest step, but a real one," the harbour commissioner said.
                """);
        Files.setLastModifiedTime(pasted, FileTime.from(Instant.parse("2026-03-14T07:30:00Z")));

        ImportReport first = run(pasted);
        ImportReport again = run(pasted);

        assertThat(first.added()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(1);
        Article article = library.articles(ArticleFilter.latest(1)).getFirst();
        assertThat(article.title()).isEqualTo("Varnholm ferries to sail again");
        assertThat(article.url()).isEqualTo(pasted.toUri().toString());
        assertThat(article.outlet().name()).isEqualTo("Parallax");
        assertThat(article.published()).isEqualTo(Instant.parse("2026-03-14T07:30:00Z"));
        assertThat(article.body()).containsExactly(
                new Paragraph("Negotiators from both shores agreed on Friday to resume the night ferries."),
                new Paragraph("\"It is a modest step, but a real one,\" the harbour commissioner said."));
    }

    @Test
    void aTextFileTakesTheOutletGivenInTheOptions() throws IOException {
        Path pasted = Files.writeString(folder.resolve("ledger.md"), "# Quay traders count the cost\nShops on the quay lost a winter of trade.\n");

        importer.run(List.of(pasted), new ImportOptions("Harbour Ledger"), ImportProgress.SILENT);

        Article article = library.articles(ArticleFilter.latest(1)).getFirst();
        assertThat(article.title()).isEqualTo("Quay traders count the cost");
        assertThat(article.outlet().name()).isEqualTo("Harbour Ledger");
        assertThat(article.own()).isFalse();
    }

    @Test
    void aTextFileWithoutABodyIsReported() throws IOException {
        Path empty = Files.writeString(folder.resolve("empty.txt"), "\n\n   \n");
        Path titleOnly = Files.writeString(folder.resolve("title-only.txt"), "Ferries resume\n");

        ImportReport report = run(empty, titleOnly);

        assertThat(report.failed()).isEqualTo(2);
        assertThat(report.problems()).extracting(ImportProblem::toString).containsExactly(
                empty + ": title is empty (a text file's first line is its title)",
                titleOnly + ": text is empty (the body follows the title line)");
    }

    @Test
    void aFolderIsWalkedInNameOrderSkippingFilesThatAreNeitherJsonlNorText() throws IOException {
        Path inbox = Files.createDirectories(folder.resolve("inbox/wire"));
        Files.write(inbox.resolve("feed.jsonl"), List.of(line(wireReport(1)), line(wireReport(2))));
        Files.writeString(folder.resolve("inbox/note.txt"), "Quay traders count the cost\nShops on the quay lost a winter of trade.\n");
        Files.write(folder.resolve("inbox/photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        Files.createDirectories(folder.resolve("inbox/.cache"));
        Files.write(folder.resolve("inbox/.cache/old.jsonl"), List.of(line(wireReport(9))));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(inbox.resolve("archive.ndjson.gz")))) {
            out.write((line(wireReport(3)) + "\n").getBytes(StandardCharsets.UTF_8));
        }

        ImportReport report = run(folder.resolve("inbox"));

        assertThat(report.files()).isEqualTo(3);
        assertThat(report.added()).isEqualTo(4);
        assertThat(report.skippedFiles()).isEqualTo(1);
        assertThat(report.failed()).isZero();
        assertThat(report.problems()).extracting(ImportProblem::toString).singleElement().asString()
                .startsWith(folder.resolve("inbox/photo.png") + ": warning: skipped: not a JSONL");
    }

    @Test
    void aMissingPathIsReportedAndTheOtherPathsAreImported() throws IOException {
        Path feed = Files.write(folder.resolve("feed.jsonl"), List.of(line(wireReport(1))));

        ImportReport report = run(folder.resolve("nowhere.jsonl"), feed);

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.problems()).extracting(ImportProblem::toString)
                .containsExactly(folder.resolve("nowhere.jsonl") + ": no such file or folder");
    }

    @Test
    void aNamedFileWithAnotherExtensionIsReadAsJsonlWhenItStartsWithABrace() throws IOException {
        Path export = Files.write(folder.resolve("export.data"), List.of("", line(wireReport(1))));
        Path pasted = Files.writeString(folder.resolve("pasted.page"), "Quay traders count the cost\nShops lost a winter of trade.\n");

        ImportReport report = run(export, pasted);

        assertThat(report.added()).isEqualTo(2);
        assertThat(titles()).containsExactlyInAnyOrder("Varnholm ferries to sail again, report 1", "Quay traders count the cost");
    }

    private List<String> titles() {
        return library.articles(ArticleFilter.latest(100)).stream().map(Article::title).toList();
    }

    private ImportReport run(Path... paths) {
        return importer.run(List.of(paths), ImportOptions.defaults(), ImportProgress.SILENT);
    }

    private static byte[] concat(byte[]... parts) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.write(part);
        }
        return all.toByteArray();
    }
}
