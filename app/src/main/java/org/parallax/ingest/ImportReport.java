package org.parallax.ingest;

import java.time.Duration;
import java.util.List;

/**
 * What an import did. {@code problems} keeps the first problems found (errors and warnings);
 * the counts are always complete.
 *
 * @param skippedFiles files in folders that were neither JSONL nor text, and so not read
 */
public record ImportReport(
        int files,
        long added,
        long updated,
        long unchanged,
        long failed,
        long warnings,
        int skippedFiles,
        List<ImportProblem> problems,
        Duration elapsed) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    /** Articles stored or found unchanged. */
    public long articles() {
        return added + updated + unchanged;
    }

    public boolean failedAnything() {
        return failed > 0;
    }
}
