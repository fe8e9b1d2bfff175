package org.parallax.search.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.parallax.search.SearchIndexBusy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index folder on disk: one writer when this process can get the write lock, searchers
 * either way. Only one process may write (a server, or an import while no server runs); the
 * other one searches the last commit read-only and tries again for the lock on its next write.
 * Every write is committed with the library change it brings the index up to.
 */
final class LuceneIndex implements Closeable {

    static final String LIBRARY_CHANGE = "parallax.library-change";
    static final String LAYOUT = "parallax.layout";

    private static final Logger log = LoggerFactory.getLogger(LuceneIndex.class);

    private final Path folder;
    private final Directory directory;
    private final Analyzer analyzer;
    private final String layout;
    private final SearcherFactory searcherFactory = new Bm25Searchers();

    // Volatile so searches never wait for the monitor, which a rebuild holds for its whole walk.
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    private volatile long committedChange;
    /** The layout of the last commit; null for an index from before layouts were recorded. */
    private volatile String committedLayout;

    /** {@code layout} names how documents are laid out now; an index committed under another one is {@link #outdated}. */
    LuceneIndex(Path folder, Analyzer analyzer, String layout) {
        this.folder = folder;
        this.analyzer = analyzer;
        this.layout = layout;
        try {
            Files.createDirectories(folder);
            directory = FSDirectory.open(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + folder, e);
        }
        if (!tryOpenWriter()) {
            log.info("The search index at {} is held by another process; searching it read-only until it is free", folder);
        }
    }

    /** Something done to the index with the writer, committed as one step. */
    interface Write {
        void apply(IndexWriter writer) throws IOException;
    }

    /**
     * Applies {@code write} and commits it with {@code change}; readers see it when this returns.
     * The commit keeps the layout it had: only a whole rebuild brings it up to date.
     */
    synchronized void write(long change, Write write) {
        write(change, write, committedLayout);
    }

    private void write(long change, Write write, String layoutAfter) {
        requireWriter();
        try {
            write.apply(writer);
            writer.setLiveCommitData(commitData(change, layoutAfter).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
            // Only now: whoever waits for this change expects to find it in a search.
            committedChange = change;
            committedLayout = layoutAfter;
        } catch (IOException e) {
            abandonWriterIfBroken();
            throw new UncheckedIOException("Writing the search index at " + folder + " failed", e);
        } catch (RuntimeException e) {
            abandonWriterIfBroken();
            throw e;
        }
    }

    /**
     * Like {@link #write}, but on failure nothing of it is kept: the last commit stays what
     * readers see. Used for a rebuild, which must not leave a half-empty index behind, and which
     * leaves the index in the current layout.
     */
    synchronized void writeWhole(long change, Write write) {
        requireWriter();
        try {
            write(change, write, layout);
        } catch (RuntimeException e) {
            rollback();
            throw e;
        }
    }

    /** The library change of the last commit: this process's own, or the other writer's. */
    long lastChange() {
        if (hasWriter()) {
            return committedChange;
        }
        return readCommittedChange();
    }

    /** Whether the last commit was written under another layout (or none) than this code's. */
    boolean outdated() {
        String committed = hasWriter() ? committedLayout : readCommitData().get(LAYOUT);
        return !layout.equals(committed);
    }

    /** Runs {@code search} on the freshest searcher, or answers {@code whenEmpty} while no index exists yet. */
    <T> T withSearcher(SearchFunction<T> search, Supplier<T> whenEmpty) {
        SearcherManager manager = currentSearchers();
        if (manager == null) {
            return whenEmpty.get();
        }
        try {
            if (!hasWriter()) {
                manager.maybeRefresh();
            }
            IndexSearcher searcher = manager.acquire();
            try {
                return search.apply(searcher);
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Searching the index at " + folder + " failed", e);
        }
    }

    interface SearchFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    boolean hasWriter() {
        return writer != null;
    }

    @Override
    public synchronized void close() throws IOException {
        if (searchers != null) {
            searchers.close();
        }
        if (writer != null) {
            writer.close();
        }
        directory.close();
    }

    private void requireWriter() {
        if (!tryOpenWriter()) {
            throw new SearchIndexBusy("The search index at " + folder + " is being written by another process", null);
        }
    }

    private synchronized boolean tryOpenWriter() {
        if (writer != null) {
            return true;
        }
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setSimilarity(new BM25Similarity())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            IndexWriter opened = new IndexWriter(directory, config);
            if (!DirectoryReader.indexExists(directory)) {
                opened.setLiveCommitData(commitData(0, layout).entrySet());
                opened.commit(); // so that a read-only process finds an index to open
            }
            SearcherManager previous = searchers;
            writer = opened;
            committedChange = readCommittedChange();
            committedLayout = readCommitData().get(LAYOUT);
            searchers = new SearcherManager(opened, searcherFactory);
            if (previous != null) {
                previous.close();
            }
            return true;
        } catch (LockObtainFailedException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + folder + " for writing", e);
        }
    }

    private SearcherManager currentSearchers() {
        SearcherManager current = searchers;
        return current != null ? current : openReadOnlySearchers();
    }

    private synchronized SearcherManager openReadOnlySearchers() {
        if (searchers == null) {
            try {
                if (DirectoryReader.indexExists(directory)) {
                    searchers = new SearcherManager(directory, searcherFactory);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot open the search index at " + folder, e);
            }
        }
        return searchers;
    }

    private long readCommittedChange() {
        String change = readCommitData().get(LIBRARY_CHANGE);
        return change == null ? 0 : Long.parseLong(change);
    }

    private Map<String, String> readCommitData() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return Map.of();
            }
            return SegmentInfos.readLatestCommit(directory).getUserData();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the last commit of the search index at " + folder, e);
        }
    }

    private static Map<String, String> commitData(long change, String layout) {
        Map<String, String> data = new HashMap<>();
        data.put(LIBRARY_CHANGE, Long.toString(change));
        if (layout != null) {
            data.put(LAYOUT, layout);
        }
        return data;
    }

    private void rollback() {
        if (writer != null) {
            try {
                writer.rollback();
            } catch (IOException e) {
                log.warn("Rolling back the search index writer failed", e);
            }
            forgetWriter();
        }
    }

    /** After a tragic error Lucene closes the writer; the next write opens a fresh one. */
    private void abandonWriterIfBroken() {
        if (writer != null && !writer.isOpen()) {
            forgetWriter();
        }
    }

    /** Searchers tied to a closed writer cannot refresh; fresh ones are opened on the last commit. */
    private void forgetWriter() {
        writer = null;
        SearcherManager stale = searchers;
        searchers = null;
        try {
            stale.close();
        } catch (IOException e) {
            log.warn("Closing stale searchers failed", e);
        }
    }

    private static final class Bm25Searchers extends SearcherFactory {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
            return searcher;
        }
    }
}
