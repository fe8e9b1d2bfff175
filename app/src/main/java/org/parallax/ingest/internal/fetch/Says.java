package org.parallax.ingest.internal.fetch;

import java.time.Duration;
import org.springframework.util.unit.DataSize;

/** Durations and sizes the way an admin reads them in a failure message: "30 s", "5 MB". */
final class Says {

    private Says() {
    }

    static String duration(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    static String size(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}
