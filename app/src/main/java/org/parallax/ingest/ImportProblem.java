package org.parallax.ingest;

/**
 * Something wrong with one record or file. {@code line} is 0 when the problem concerns the whole file.
 * A warning means the record was still imported.
 */
public record ImportProblem(String file, long line, String reason, boolean warning) {

    public static ImportProblem error(String file, long line, String reason) {
        return new ImportProblem(file, line, reason, false);
    }

    public static ImportProblem warning(String file, long line, String reason) {
        return new ImportProblem(file, line, reason, true);
    }

    /** The familiar compiler form: {@code file:line: reason}. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + (warning ? "warning: " : "") + reason;
    }
}
