package org.parallax.ingest;

/** What an import reports while it runs, so a console can draw a progress bar and show problems as they happen. */
public interface ImportProgress {

    ImportProgress SILENT = new ImportProgress() {
    };

    /** Called once, before the first file is read, with the size of all files to read. */
    default void started(long totalBytes, int files) {
    }

    /** Called after each stored batch. */
    default void advanced(long bytesRead, long articles) {
    }

    /** Called for every error or warning as it is found. */
    default void problem(ImportProblem problem) {
    }
}
