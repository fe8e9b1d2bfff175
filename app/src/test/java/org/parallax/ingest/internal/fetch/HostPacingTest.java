package org.parallax.ingest.internal.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.ingest.internal.fetch.LocalSite.respond;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class HostPacingTest {

    private static final Duration DELAY = Duration.ofMillis(300);

    private final LocalSite site = new LocalSite();
    private final PoliteFetcher fetcher = new PoliteFetcher(
            TestFetchers.settings(DELAY, Duration.ofSeconds(5), DataSize.ofMegabytes(1)));

    @AfterEach
    void stop() {
        fetcher.close();
        site.close();
    }

    @Test
    void concurrentFetchesToOneHostTakeTurnsWithADelayBetween() throws Exception {
        site.on("/slow-page", exchange -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(200, "page").handle(exchange);
        });

        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> fetches = List.of(
                    callers.submit(() -> fetcher.fetch(site.uri("/slow-page"), null, null)),
                    callers.submit(() -> fetcher.fetch(site.uri("/slow-page"), null, null)),
                    callers.submit(() -> fetcher.fetch(site.uri("/slow-page"), null, null)));
            for (Future<?> fetch : fetches) {
                fetch.get();
            }
        }

        List<LocalSite.Visit> visits = site.visits().stream()
                .sorted(Comparator.comparingLong(LocalSite.Visit::startedNanos)).toList();
        assertThat(visits).hasSize(4); // robots.txt once, then three pages
        for (int i = 1; i < visits.size(); i++) {
            Duration gap = Duration.ofNanos(visits.get(i).startedNanos() - visits.get(i - 1).endedNanos());
            // A little slack: the server notes the end after the client may already have seen the response.
            assertThat(gap).as("pause before request %d", i).isGreaterThanOrEqualTo(DELAY.minusMillis(50));
        }
    }
}
