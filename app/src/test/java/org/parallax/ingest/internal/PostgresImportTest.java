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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.TestDatabases;
import org.parallax.TestDatabases.TestDatabase;
import org.parallax.ingest.ImportOptions;
import org.parallax.ingest.ImportProgress;
import org.parallax.ingest.ImportReport;
import org.parallax.library.Library;
import org.parallax.library.internal.TestLibraries;

/** The main path of an import on PostgreSQL, the production database. */
class PostgresImportTest {

    @TempDir
    Path folder;

    @Test
    void importsUpdatesAndLeavesUnchangedArticlesOnPostgresql() throws IOException {
        try (TestDatabase database = TestDatabases.postgresql()) {
            Library library = TestLibraries.library(database.dataSource());
            FileImporter importer = new FileImporter(library, "Parallax");
            Path feed = folder.resolve("feed.jsonl");

            Files.write(feed, List.of(line(wireReport(1)), "{broken", line(ownAnalysis())));
            ImportReport first = importer.run(List.of(feed), ImportOptions.defaults(), ImportProgress.SILENT);
            Files.write(feed, List.of(line(wireReport(1)), line(with(ownAnalysis(), "title", "The ferry accord, reconsidered"))));
            ImportReport second = importer.run(List.of(feed), ImportOptions.defaults(), ImportProgress.SILENT);

            assertThat(first.added()).isEqualTo(2);
            assertThat(first.failed()).isEqualTo(1);
            assertThat(second.unchanged()).isEqualTo(1);
            assertThat(second.updated()).isEqualTo(1);
            assertThat(library.revisions("ferry-accord-analysis")).hasSize(2);
        }
    }
}
