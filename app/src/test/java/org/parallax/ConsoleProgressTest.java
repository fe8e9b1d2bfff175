package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.ImportProblem;
import org.parallax.ingest.ImportReport;

class ConsoleProgressTest {

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final ConsoleProgress progress = new ConsoleProgress(new PrintStream(written, true, StandardCharsets.UTF_8), false);

    @Test
    void endsWithASummaryOfWhatWasImportedAndHowFast() {
        progress.finished(new ImportReport(1, 19_000, 30, 12, 0, 0, 0, List.of(), Duration.ofMillis(12_300)));

        assertThat(output()).isEqualTo("Imported 19,042 articles from 1 file in 12.3 s (1,548/s): "
                + "19,000 added, 30 updated, 12 unchanged, 0 failed.\n");
    }

    @Test
    void printsTheFirstHundredProblemsAndThenOnlyCountsThem() {
        for (int line = 1; line <= 103; line++) {
            progress.problem(ImportProblem.error("feed.jsonl", line, "title is empty"));
        }
        progress.finished(new ImportReport(1, 0, 0, 0, 103, 0, 0, List.of(), Duration.ofSeconds(1)));

        List<String> lines = output().lines().toList();
        assertThat(lines).hasSize(102);
        assertThat(lines.getFirst()).isEqualTo("feed.jsonl:1: title is empty");
        assertThat(lines.get(99)).isEqualTo("feed.jsonl:100: title is empty");
        assertThat(lines.get(100)).isEqualTo("... and 3 more problems not shown.");
    }

    private String output() {
        return written.toString(StandardCharsets.UTF_8);
    }
}
