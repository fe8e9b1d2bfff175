package org.parallax.search.internal;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.parallax.library.Article;
import org.parallax.library.Library;
import org.parallax.search.ReindexProgress;
import org.parallax.search.SearchEngine;

/**
 * Rebuilds the index from the library itself rather than from the change log: for a new index
 * folder, a changed analyzer, or an index that was lost. The library's last change is taken
 * before the walk, so anything stored during it is replayed afterwards by the indexer.
 */
final class Reindexer {

    private final Library library;
    private final IndexedArticles articles;
    private final SearchEngine engine;
    private final int batchSize;

    Reindexer(Library library, IndexedArticles articles, SearchEngine engine, int batchSize) {
        this.library = library;
        this.articles = articles;
        this.engine = engine;
        this.batchSize = batchSize;
    }

    ReindexProgress reindex(Consumer<ReindexProgress> progress) {
        long change = library.lastChange();
        long total = library.articleCount();
        long started = System.nanoTime();
        long[] indexed = {0};
        engine.rebuild(change, rebuild -> {
            long key = 0;
            List<Article> batch;
            while (!(batch = library.articlesAfter(key, batchSize)).isEmpty()) {
                rebuild.accept(batch.stream().map(articles::of).toList());
                indexed[0] += batch.size();
                key = batch.getLast().key();
                progress.accept(new ReindexProgress(indexed[0], total, Duration.ofNanos(System.nanoTime() - started)));
            }
        });
        return new ReindexProgress(indexed[0], total, Duration.ofNanos(System.nanoTime() - started));
    }
}
