package org.parallax.search.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.parallax.library.ArticleStored;
import org.parallax.library.ChangeLogFollower;
import org.parallax.library.Library;
import org.parallax.library.LibraryChange;
import org.parallax.library.NodeLocks;
import org.parallax.search.IndexedArticle;
import org.parallax.search.ReindexProgress;
import org.parallax.search.SearchEngine;
import org.parallax.search.SearchIndexBusy;
import org.parallax.search.SearchIndexing;
import org.parallax.search.SearchUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index up to the library by replaying its change log on one background thread. The
 * index records the last change it holds, so after a crash or a stop the thread simply carries
 * on from there. Stored articles nudge it; a poll catches what other processes stored.
 */
final class SearchIndexer implements SearchIndexing, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    private final Library library;
    private final IndexedArticles articles;
    private final SearchEngine engine;
    private final Reindexer reindexer;
    private final int batchSize;
    /** One writer of the index at a time in this process: the replay or a rebuild. */
    private final ReentrantLock writing = new ReentrantLock();
    private final ChangeLogFollower follower;

    /** Touched only by the follower's thread. */
    private boolean reportedBusy;
    private boolean reportedUnavailable;

    SearchIndexer(Library library, IndexedArticles articles, SearchEngine engine, SearchProperties properties) {
        this(library, articles, engine, properties, null);
    }

    /**
     * @param lock held around every round when all nodes write one shared index (OpenSearch), so the
     *             nodes do not replay the same changes and move the index's mark back and forth; null
     *             when each node keeps its own index
     */
    SearchIndexer(Library library, IndexedArticles articles, SearchEngine engine, SearchProperties properties,
            NodeLocks.NodeLock lock) {
        this.library = library;
        this.articles = articles;
        this.engine = engine;
        this.follower = new ChangeLogFollower("search-indexer", "Indexing library changes", properties.pollInterval(),
                this::replayRound, lock);
        this.batchSize = properties.batchSize();
        this.reindexer = new Reindexer(library, articles, engine, batchSize);
    }

    /** Only wakes the thread: the change log, not the event, says what to index. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleStored stored) {
        nudge();
    }

    @Override
    public boolean awaitCaughtUp(Duration timeout) {
        long target = library.lastChange();
        long deadline = System.nanoTime() + timeout.toNanos();
        nudge();
        while (engine.lastIndexedChange() < target) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    @Override
    public void catchUp() {
        while (indexNextBatch()) {
            // each round indexes one batch; a short batch is the last
        }
    }

    @Override
    public ReindexProgress reindex(Consumer<ReindexProgress> progress) {
        writing.lock();
        try {
            return reindexer.reindex(progress);
        } finally {
            writing.unlock();
        }
    }

    @Override
    public void start() {
        follower.start();
    }

    @Override
    public void stop() {
        follower.stop();
    }

    @Override
    public boolean isRunning() {
        return follower.isRunning();
    }

    /**
     * One round of the background thread. An index another process holds is waited for, and an
     * engine that is down is polled until it is back; each is said once. The mark stays where it
     * was, so the round that succeeds carries on from there and nothing is lost.
     */
    private boolean replayRound() {
        try {
            boolean more = indexNextBatch();
            if (reportedUnavailable) {
                log.info("The search engine is back; indexing caught up from where it stopped");
            }
            reportedBusy = false;
            reportedUnavailable = false;
            return more;
        } catch (SearchIndexBusy busy) {
            if (!reportedBusy) {
                log.info("{}; will index once it is free", busy.getMessage());
                reportedBusy = true;
            }
            return false;
        } catch (SearchUnavailable unavailable) {
            if (!reportedUnavailable) {
                log.warn("{}; indexing waits for it and catches up when it is back", unavailable.getMessage());
                reportedUnavailable = true;
            }
            return false;
        }
    }

    /** Indexes the next changes after the index's own mark; true when more may be waiting. */
    boolean indexNextBatch() {
        writing.lock();
        try {
            if (engine.outdated()) {
                rebuildOutdated();
                return true;
            }
            long from = engine.lastIndexedChange();
            List<LibraryChange> changes = library.changesSince(from, batchSize);
            if (changes.isEmpty()) {
                return false;
            }
            apply(changes, from);
            return changes.size() == batchSize;
        } finally {
            writing.unlock();
        }
    }

    /** An index an older Parallax wrote lacks fields the searches now ask for: it is rebuilt before anything is added. */
    private void rebuildOutdated() {
        log.info("The search index was written by another version of Parallax; rebuilding it from the library");
        ReindexProgress done = reindexer.reindex(progress -> {
        });
        log.info("Search index rebuilt: {} articles in {} s", done.indexed(), done.elapsed().toSeconds());
    }

    private void apply(List<LibraryChange> changes, long from) {
        long last = changes.getLast().sequence();
        List<IndexedArticle> present = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        for (LibraryChange change : changes) {
            change.article().ifPresentOrElse(article -> present.add(articles.of(article)), () -> gone.add(change.articleId()));
        }
        // The mark moves only with the last commit of the batch, so a crash in between replays it all.
        if (!gone.isEmpty()) {
            engine.delete(gone, present.isEmpty() ? last : from);
        }
        if (!present.isEmpty()) {
            engine.index(present, last);
        }
    }

    private void nudge() {
        follower.nudge();
    }
}
