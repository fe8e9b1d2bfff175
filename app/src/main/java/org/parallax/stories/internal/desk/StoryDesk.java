package org.parallax.stories.internal.desk;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.parallax.library.Article;
import org.parallax.library.Library;
import org.parallax.library.LibraryChange;
import org.parallax.stories.EntityFinder;
import org.parallax.stories.QuoteFinder;
import org.parallax.stories.RestoryProgress;
import org.parallax.stories.SpeakerLinks;
import org.parallax.stories.internal.clustering.Assignment;
import org.parallax.stories.internal.clustering.ClusteringSettings;
import org.parallax.stories.internal.clustering.Moved;
import org.parallax.stories.internal.clustering.StoryClusterer;
import org.parallax.stories.internal.desk.DeskTimings.Step;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files every article the library stores: its entities and quotes, and the story it belongs to.
 * It reads the library's change log in batches; each batch is written in one transaction together
 * with the new mark and the clusterer's state, so a crash replays the batch and nothing is filed
 * twice. A syndicated copy joins its original's story; a new revision is filed again but stays in
 * its story.
 */
@Component
class StoryDesk {

    private static final Logger log = LoggerFactory.getLogger(StoryDesk.class);
    private static final int SQLITE_CONSTRAINT = 19;

    private final Library library;
    private final DeskLedger ledger;
    private final EntityFiling entities;
    private final StoryFiling stories;
    private final TransactionTemplate transactions;
    private final ArticleReading reading;
    private final int batchSize;
    private final Duration stateInterval;
    private long stateSavedAt = System.nanoTime();
    private final ReentrantLock filing = new ReentrantLock();
    private final DeskTimings timings = new DeskTimings();

    /** The clusterer as of {@link #loadedAt}; null when it must be loaded again from the ledger. */
    private StoryClusterer clusterer;
    private long loadedAt = -1;
    private final AtomicLong nextStoryId = new AtomicLong();

    StoryDesk(Library library, DeskLedger ledger, EntityFiling entities, StoryFiling stories,
            TransactionTemplate transactions, EntityFinder entityFinder, QuoteFinder quoteFinder,
            SpeakerLinks speakerLinks, StoryDeskProperties properties) {
        this.library = library;
        this.ledger = ledger;
        this.entities = entities;
        this.stories = stories;
        this.transactions = transactions;
        this.reading = new ArticleReading(entityFinder, quoteFinder, speakerLinks, Clock.systemUTC(), properties.futureTolerance());
        this.batchSize = properties.batchSize();
        this.stateInterval = properties.stateInterval();
    }

    long filedUpTo() {
        return ledger.lastChange();
    }

    RestoryProgress progress() {
        return new RestoryProgress(ledger.lastChange(), library.lastChange(), stories.lastStoryId());
    }

    /** Files the next batch of changes; true when more may be waiting. */
    boolean fileNextBatch() {
        filing.lock();
        try {
            DeskLedger.Mark mark = ledger.mark().orElse(new DeskLedger.Mark(0, null, 0));
            List<LibraryChange> changes = library.changesSince(mark.lastChange(), batchSize);
            if (changes.isEmpty()) {
                saveStateIfBehind(mark);
                return false;
            }
            try {
                file(changes, mark);
            } catch (RuntimeException failure) {
                if (!poisonous(failure)) {
                    throw failure;
                }
                fileOneByOne(changes, failure);
            }
            return changes.size() == batchSize;
        } finally {
            filing.unlock();
        }
    }

    /** Forgets every story and files the whole library again. */
    RestoryProgress restory(Consumer<RestoryProgress> progress) {
        filing.lock();
        try {
            transactions.executeWithoutResult(status -> ledger.clear());
            timings.reset();
            clusterer = null;
            loadedAt = -1;
            entities.forget();
            long total = library.lastChange();
            RestoryProgress done = new RestoryProgress(0, total, 0);
            while (fileNextBatch()) {
                done = new RestoryProgress(ledger.lastChange(), total, stories.lastStoryId());
                progress.accept(done);
            }
            done = new RestoryProgress(ledger.lastChange(), Math.max(total, ledger.lastChange()), stories.lastStoryId());
            progress.accept(done);
            log.info("Restoried {}", timings);
            return done;
        } finally {
            filing.unlock();
        }
    }

    private void file(List<LibraryChange> changes, DeskLedger.Mark mark) {
        StoryClusterer current = clustererAt(mark);
        // Reading is pure work on each article alone, so it runs on every core; the order is kept.
        List<FiledArticle> read = timings.time(Step.READING, () -> latestVersions(changes).parallelStream()
                .map(reading::read)
                .toList());
        timings.counted(read.size());
        long last = changes.getLast().sequence();
        boolean written = false;
        try {
            written = Boolean.TRUE.equals(transactions.execute(status -> {
                if (!ledger.claim(mark.lastChange())) {
                    return false;
                }
                Set<Long> touched = new LinkedHashSet<>();
                Map<String, Long> filedHere = new HashMap<>();
                timings.time(Step.ENTITIES, () -> entities.file(read));
                for (FiledArticle article : read) {
                    file(article, current, filedHere, touched);
                }
                // A withdrawn article left its stories by the foreign keys' cascade: the ones it led need a new lead.
                boolean withdrawn = changes.stream().anyMatch(change -> change.article().isEmpty());
                Set<Long> leaderless = withdrawn ? new LinkedHashSet<>(stories.leaderless()) : Set.of();
                timings.time(Step.STORIES, () -> {
                    touched.removeAll(stories.dropEmpty(touched));
                    stories.refresh(touched);
                    // An emptied story keeps its row (the clusterer may file a returning article into it) but is not shown.
                    stories.refresh(stories.withArticles(leaderless));
                });
                byte[] state = changes.size() < batchSize || stateDue() ? timings.time(Step.STATE, current::state) : null;
                ledger.advance(last, state);
                if (state != null) {
                    stateSavedAt = System.nanoTime();
                }
                return true;
            }));
        } finally {
            if (written) {
                loadedAt = last;
            } else {
                // the clusterer took in a batch that was not kept: load it again from the ledger
                clusterer = null;
                loadedAt = -1;
                entities.forget();
            }
        }
        if (!written) {
            log.info("Another process filed library changes after {} first; carrying on from its mark", mark.lastChange());
        }
    }

    /** Files one article and adds the stories it changed (with those of the articles its arrival moved) to {@code touched}. */
    private void file(FiledArticle filed, StoryClusterer current, Map<String, Long> filedHere, Set<Long> touched) {
        Article article = filed.article();
        Optional<Long> already = Optional.ofNullable(filedHere.get(article.id())).or(() -> stories.storyOf(article.key()));
        if (already.isPresent()) {
            touched.add(already.get());
            return;
        }
        Optional<Long> original = article.isCopy()
                ? Optional.ofNullable(filedHere.get(article.copyOf())).or(() -> stories.storyOf(article.copyOf()))
                : Optional.empty();
        long storyId;
        if (original.isPresent()) {
            storyId = original.get();
            stories.addCopy(storyId, article, filed.published());
        } else {
            Assignment assignment = timings.time(Step.GROUPING, () -> current.assign(filed.signal(), nextStoryId::incrementAndGet));
            storyId = assignment.storyId();
            if (assignment.opened()) {
                stories.open(storyId, article, filed.published());
            } else {
                stories.join(storyId, article, filed.published(), assignment.similarity());
            }
            for (Moved moved : assignment.moved()) {
                stories.move(moved.articleId(), moved.fromStory(), moved.toStory(), moved.opened());
                filedHere.computeIfPresent(moved.articleId(), (id, from) -> moved.toStory());
                touched.add(moved.fromStory());
                touched.add(moved.toStory());
            }
        }
        filedHere.put(article.id(), storyId);
        touched.add(storyId);
    }

    /**
     * After a batch failed for something in its articles, not in the database's health: files them
     * one at a time, and passes over (with the reason logged) any that cannot be filed, so one bad
     * article cannot hold up every story after it.
     */
    private void fileOneByOne(List<LibraryChange> changes, RuntimeException failure) {
        log.warn("Filing library changes {} to {} failed ({}); filing them one at a time", changes.getFirst().sequence(),
                changes.getLast().sequence(), failure.toString());
        for (LibraryChange change : changes) {
            DeskLedger.Mark mark = ledger.mark().orElse(new DeskLedger.Mark(0, null, 0));
            if (mark.lastChange() >= change.sequence()) {
                continue;
            }
            List<LibraryChange> single = library.changesSince(mark.lastChange(), 1);
            try {
                file(single, mark);
            } catch (RuntimeException again) {
                if (!poisonous(again)) {
                    throw again;
                }
                log.error("Article {} cannot be filed into a story and is passed over: {}", change.articleId(), again.toString(), again);
                transactions.executeWithoutResult(status -> {
                    if (ledger.claim(mark.lastChange())) {
                        ledger.advance(single.getLast().sequence(), null);
                    }
                });
            }
        }
    }

    /** A failure caused by the articles themselves (a bug, a broken constraint), not by the database being away. */
    static boolean poisonous(RuntimeException failure) {
        if (!(failure instanceof DataAccessException)) {
            return true;
        }
        return failure instanceof DataIntegrityViolationException
                || failure.getCause() instanceof SQLException sql && sql.getErrorCode() == SQLITE_CONSTRAINT;
    }

    /** Each article of the batch once, as it stands now: a batch may hold several of its revisions. */
    private static List<Article> latestVersions(List<LibraryChange> changes) {
        Map<Long, Article> latest = new LinkedHashMap<>();
        for (LibraryChange change : changes) {
            change.article().ifPresent(article -> latest.put(article.key(), article));
        }
        return List.copyOf(latest.values());
    }

    /** Saves the state a full last batch left unsaved, once there is nothing more to file. */
    private void saveStateIfBehind(DeskLedger.Mark mark) {
        if (clusterer != null && loadedAt == mark.lastChange() && mark.stateChange() < mark.lastChange()) {
            StoryClusterer current = clusterer;
            transactions.executeWithoutResult(status -> {
                if (ledger.claim(mark.lastChange())) {
                    ledger.advance(mark.lastChange(), current.state());
                }
            });
            stateSavedAt = System.nanoTime();
        }
    }

    /**
     * The clusterer's state is megabytes, so it is saved with the batch that catches up and
     * otherwise at most every {@code stateInterval}; a crash in between costs the clusterer its
     * memory of the articles filed since, not their stories.
     */
    private boolean stateDue() {
        return System.nanoTime() - stateSavedAt >= stateInterval.toNanos();
    }

    private StoryClusterer clustererAt(DeskLedger.Mark mark) {
        if (clusterer == null || loadedAt != mark.lastChange()) {
            ClusteringSettings settings = ClusteringSettings.defaults();
            clusterer = mark.state() == null || mark.state().length == 0
                    ? new StoryClusterer(settings)
                    : StoryClusterer.restore(mark.state(), settings);
            loadedAt = mark.lastChange();
            nextStoryId.set(stories.lastStoryId());
            stateSavedAt = System.nanoTime();
            if (mark.stateChange() < mark.lastChange()) {
                log.warn("The story clusterer's saved state is {} library changes behind the desk (a crash or a kill): "
                        + "stories filed since take new articles only through their earlier articles",
                        mark.lastChange() - mark.stateChange());
            }
        }
        return clusterer;
    }
}
