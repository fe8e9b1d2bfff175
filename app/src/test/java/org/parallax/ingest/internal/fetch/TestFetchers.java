package org.parallax.ingest.internal.fetch;

import java.time.Duration;
import java.util.List;
import org.springframework.util.unit.DataSize;

/** Fetcher settings for tests: the local site allowed by name, short delays and deadlines. */
final class TestFetchers {

    private TestFetchers() {
    }

    static FetchProperties localSettings() {
        return settings(Duration.ofMillis(10), Duration.ofSeconds(5), DataSize.ofMegabytes(1));
    }

    static FetchProperties settings(Duration hostDelay, Duration readTimeout, DataSize maxBodySize) {
        return new FetchProperties("https://parallax.example/bot", Duration.ofSeconds(2), readTimeout, maxBodySize, 5,
                hostDelay, Duration.ofHours(1), List.of("127.0.0.1"));
    }

    static FetchProperties allowingNoHost() {
        return new FetchProperties("https://parallax.example/bot", Duration.ofSeconds(2), Duration.ofSeconds(5),
                DataSize.ofMegabytes(1), 5, Duration.ofMillis(10), Duration.ofHours(1), List.of());
    }
}
