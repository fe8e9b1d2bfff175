package org.parallax.ingest.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.parallax.ingest.ImportProblem;
import org.parallax.ingest.ImportProgress;
import org.parallax.ingest.ImportReport;
import org.parallax.library.StoreOutcome;

/** The running count of one import, passing news on to its progress listener. */
final class ImportTally {

    /** The report keeps this many problems; a file of junk should not fill the memory with messages. */
    static final int KEPT_PROBLEMS = 1000;

    private final ImportProgress progress;
    private final long startNanos = System.nanoTime();
    private final List<ImportProblem> problems = new ArrayList<>();
    private int files;
    private long added;
    private long updated;
    private long unchanged;
    private long failed;
    private long warnings;
    private int skippedFiles;
    private long bytesRead;

    ImportTally(ImportProgress progress) {
        this.progress = progress;
    }

    void started(long totalBytes, int fileCount) {
        files = fileCount;
        progress.started(totalBytes, fileCount);
    }

    void stored(StoreOutcome outcome) {
        switch (outcome) {
            case ADDED -> added++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
        }
    }

    void failed(String file, long line, String reason) {
        failed++;
        problem(ImportProblem.error(file, line, reason));
    }

    void fileFailed(String file, String reason) {
        failed(file, 0, reason);
    }

    void warned(String file, long line, String reason) {
        warnings++;
        problem(ImportProblem.warning(file, line, reason));
    }

    void fileSkipped(String file) {
        skippedFiles++;
        warned(file, 0, "skipped: not a JSONL (.jsonl, .ndjson, .json) or text (.txt, .text, .md) file");
    }

    void bytesRead(long bytes) {
        bytesRead = bytes;
    }

    /** Tells the listener how far the import has come. */
    void advanced() {
        progress.advanced(bytesRead, added + updated + unchanged);
    }

    private void problem(ImportProblem problem) {
        if (problems.size() < KEPT_PROBLEMS) {
            problems.add(problem);
        }
        progress.problem(problem);
    }

    ImportReport report() {
        return new ImportReport(files, added, updated, unchanged, failed, warnings, skippedFiles, problems,
                Duration.ofNanos(System.nanoTime() - startNanos));
    }
}
