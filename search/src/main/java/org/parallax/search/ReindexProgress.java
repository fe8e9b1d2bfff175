package org.parallax.search;

import java.time.Duration;

/** How far a rebuild of the index has come: {@code indexed} of about {@code total} articles. */
public record ReindexProgress(long indexed, long total, Duration elapsed) {

    public double articlesPerSecond() {
        double seconds = elapsed.toMillis() / 1000.0;
        return seconds > 0 ? indexed / seconds : 0;
    }

    /** Percent done; the library may grow while the walk runs, so this stops at 100. */
    public int percent() {
        return total == 0 ? 100 : (int) Math.min(100, indexed * 100 / total);
    }
}
