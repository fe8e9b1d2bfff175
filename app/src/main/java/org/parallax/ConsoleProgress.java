package org.parallax;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import org.parallax.ingest.ImportProblem;
import org.parallax.ingest.ImportProgress;
import org.parallax.ingest.ImportReport;

/**
 * Shows an import's progress on stderr: a redrawn bar with rate and ETA on a terminal, a plain
 * line every few seconds when stderr goes to a log. Problems print as they are found, up to a cap.
 */
final class ConsoleProgress implements ImportProgress {

    static final int SHOWN_PROBLEMS = 100;
    private static final long TERMINAL_INTERVAL_NANOS = 200_000_000L;
    private static final long LOG_INTERVAL_NANOS = 5_000_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal;
    private final long startNanos = System.nanoTime();
    private long totalBytes;
    private long lastDrawNanos = startNanos;
    private boolean barShown;
    private int problemsShown;
    private long problemsHidden;

    ConsoleProgress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    static ConsoleProgress onStandardError() {
        return new ConsoleProgress(System.err, System.console() != null);
    }

    @Override
    public void started(long totalBytes, int files) {
        this.totalBytes = totalBytes;
    }

    @Override
    public void advanced(long bytesRead, long articles) {
        long now = System.nanoTime();
        if (now - lastDrawNanos < (terminal ? TERMINAL_INTERVAL_NANOS : LOG_INTERVAL_NANOS)) {
            return;
        }
        lastDrawNanos = now;
        String line = progressLine(bytesRead, articles, now);
        if (terminal) {
            err.print("\r" + line + "\u001b[K");
            barShown = true;
        } else {
            err.println(line);
        }
        err.flush();
    }

    @Override
    public void problem(ImportProblem problem) {
        if (problemsShown >= SHOWN_PROBLEMS) {
            problemsHidden++;
            return;
        }
        problemsShown++;
        clearBar();
        err.println(problem);
    }

    /** The closing line, e.g. {@code Imported 19,042 articles from 1 file in 12.3 s (1,548/s): ...}. */
    void finished(ImportReport report) {
        clearBar();
        if (problemsHidden > 0) {
            err.printf(Locale.ROOT, "... and %,d more problems not shown.%n", problemsHidden);
        }
        double seconds = Math.max(report.elapsed().toMillis() / 1000.0, 0.001);
        err.printf(Locale.ROOT, "Imported %,d article%s from %,d file%s in %.1f s (%,d/s): %,d added, %,d updated, %,d unchanged, %,d failed%s.%n",
                report.articles(), report.articles() == 1 ? "" : "s", report.files(), report.files() == 1 ? "" : "s", seconds,
                Math.round(report.articles() / seconds), report.added(), report.updated(), report.unchanged(),
                report.failed(), report.skippedFiles() > 0 ? ", " + report.skippedFiles() + " files skipped" : "");
        err.flush();
    }

    private String progressLine(long bytesRead, long articles, long now) {
        double seconds = Math.max((now - startNanos) / 1e9, 0.001);
        double fraction = totalBytes > 0 ? Math.min(1.0, (double) bytesRead / totalBytes) : 0;
        int filled = (int) Math.round(fraction * BAR_WIDTH);
        String eta = fraction > 0.001 ? clock(Duration.ofSeconds(Math.round(seconds / fraction - seconds))) : "?";
        return String.format(Locale.ROOT, "[%s%s] %3d%%  %,d articles  %,d/s  ETA %s", "#".repeat(filled),
                ".".repeat(BAR_WIDTH - filled), Math.round(fraction * 100), articles, Math.round(articles / seconds), eta);
    }

    private void clearBar() {
        if (barShown) {
            err.print("\r\u001b[K");
            barShown = false;
        }
    }

    private static String clock(Duration duration) {
        long s = duration.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
