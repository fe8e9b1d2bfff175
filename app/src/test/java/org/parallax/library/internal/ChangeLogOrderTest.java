package org.parallax.library.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.parallax.TestDatabases;
import org.parallax.TestDatabases.TestDatabase;
import org.parallax.library.ArticleDraft;
import org.parallax.library.LibraryChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Readers of the change log remember the last sequence they saw, so a change must never become
 * visible after a later one: otherwise the search index would skip it for good.
 */
class ChangeLogOrderTest {

    @Test
    void onPostgresqlALaterWriterWaitsSoChangesBecomeVisibleInSequenceOrder() throws Exception {
        try (TestDatabase db = TestDatabases.postgresql()) {
            JdbcClient jdbc = JdbcClient.create(db.dataSource());
            OutletDirectory outlets = new OutletDirectory(jdbc, new LibraryProperties("Parallax"));
            ArticleWriter writer = new ArticleWriter(jdbc, outlets, new ChangeLog(jdbc, db.dataSource()), new CopyFinder(jdbc), event -> { },
                    Clock.systemUTC());
            TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));
            outlets.named("Meridian Wire", "https://meridian-wire.example/");
            CountDownLatch firstWrote = new CountDownLatch(1);
            CountDownLatch letFirstCommit = new CountDownLatch(1);

            // Threads of their own: the common pool may have a single worker on a small machine.
            ExecutorService writers = Executors.newFixedThreadPool(2);
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
                writer.write(LibraryFixtures.wireReport());
                firstWrote.countDown();
                await(letFirstCommit);
            }), writers);
            assertThat(firstWrote.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(
                    status -> writer.write(secondReport())), writers);
            Thread.sleep(300);

            List<LibraryChange> seenWhileFirstIsOpen = JdbcLibraryReads.changes(db);
            letFirstCommit.countDown();
            first.get(10, TimeUnit.SECONDS);
            second.get(10, TimeUnit.SECONDS);
            writers.shutdown();

            assertThat(seenWhileFirstIsOpen).as("the second writer must not commit a later sequence first").isEmpty();
            assertThat(JdbcLibraryReads.changes(db)).extracting(LibraryChange::sequence).containsExactly(1L, 2L);
        }
    }

    private static ArticleDraft secondReport() {
        ArticleDraft d = LibraryFixtures.wireReport();
        return new ArticleDraft(null, "https://meridian-wire.example/world/strait-talks-day-two", d.outletName(),
                "Ferries sail again on the first night", d.dek(), d.byline(), d.kind(), d.access(), d.language(),
                d.published(), d.updated(), d.body());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads the change log through a library of its own, as the search indexer does. */
    private static final class JdbcLibraryReads {
        static List<LibraryChange> changes(TestDatabase db) {
            return LibraryFixtures.library(db.dataSource()).changesSince(0, 10);
        }
    }
}
