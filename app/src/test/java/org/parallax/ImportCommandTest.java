package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.TestDatabases.TestDatabase;
import org.parallax.library.internal.TestLibraries;
import picocli.CommandLine;

class ImportCommandTest {

    @TempDir
    Path folder;

    @Test
    void exitsWithZeroWhenEverythingWasImportedAndOneWhenAnythingFailed() throws IOException {
        Path data = folder.resolve("data");
        Path good = Files.write(folder.resolve("good.jsonl"), List.of(record("https://harbour-ledger.example/quay", "Quay traders count the cost")));
        Path bad = Files.write(folder.resolve("bad.jsonl"), List.of(record("/relative/quay", "A relative link"), "{not json"));

        int succeeded = execute("import", "--data", data.toString(), good.toString());
        int failed = execute("import", "--data", data.toString(), "--outlet", "Harbour Ledger", bad.toString(), good.toString());

        assertThat(succeeded).isZero();
        assertThat(failed).isEqualTo(1);
        try (TestDatabase database = TestDatabases.sqlite(data)) {
            assertThat(TestLibraries.library(database.dataSource()).articleCount()).isEqualTo(1);
        }
    }

    private static int execute(String... arguments) {
        return new CommandLine(new ParallaxCommand()).execute(arguments);
    }

    private static String record(String url, String title) {
        return """
                {"url": "%s", "outlet": "Harbour Ledger", "title": "%s", "published": "2026-03-15T10:00:00Z",
                 "text": "Shops on the quay lost a winter of trade."}""".formatted(url, title).replace("\n", "");
    }
}
