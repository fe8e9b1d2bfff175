package org.parallax.stories.internal.desk;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.parallax.library.Library;
import org.parallax.stories.EntityCount;
import org.parallax.stories.FiledQuote;
import org.parallax.stories.NamedEntity;
import org.parallax.stories.RestoryProgress;
import org.parallax.stories.Stories;
import org.parallax.stories.Story;
import org.parallax.stories.StoryCoverage;
import org.parallax.stories.StoryFilter;
import org.parallax.stories.StoryLink;
import org.parallax.stories.StoryMembership;
import org.springframework.stereotype.Service;

/** The stories as the desk files them: reads from its records, rebuilds and catch-ups through the desk. */
@Service
class DeskStories implements Stories {

    private final StoryRecords records;
    private final StoryDesk desk;
    private final Library library;
    private final CoverageBuilder coverage;

    DeskStories(StoryRecords records, StoryDesk desk, Library library, CoverageBuilder coverage) {
        this.records = records;
        this.coverage = coverage;
        this.desk = desk;
        this.library = library;
    }

    @Override
    public Optional<Story> story(long id) {
        return records.story(id);
    }

    @Override
    public Optional<StoryCoverage> coverage(long id) {
        return coverage.coverage(id);
    }

    @Override
    public List<Story> stories(StoryFilter filter) {
        return records.stories(filter);
    }

    @Override
    public List<Story> widestStories(Instant from, Instant to, int limit) {
        return records.widestStories(from, to, limit);
    }

    @Override
    public List<EntityCount> entitiesNamedBetween(Instant from, Instant to, int limit) {
        return records.entitiesNamedBetween(from, to, limit);
    }

    @Override
    public Optional<StoryLink> storyOf(String articleId) {
        return records.storyOf(articleId);
    }

    @Override
    public Map<String, Story> storiesOfArticles(Collection<String> articleIds) {
        return records.storiesOfArticles(articleIds);
    }

    @Override
    public List<String> articleIds(long storyId) {
        return records.articleIds(storyId);
    }

    @Override
    public List<EntityCount> entitiesOf(long storyId, int limit) {
        return records.entitiesOf(storyId, limit);
    }

    @Override
    public List<FiledQuote> quotesIn(long storyId) {
        return records.quotesIn(storyId);
    }

    @Override
    public Optional<NamedEntity> entity(long id) {
        return records.entity(id);
    }

    @Override
    public List<NamedEntity> entitiesOfArticle(String articleId) {
        return records.entitiesOfArticle(articleId);
    }

    @Override
    public List<FiledQuote> quotesBy(long entityId, int limit) {
        return records.quotesBy(entityId, limit);
    }

    @Override
    public void memberships(Consumer<StoryMembership> sink) {
        records.memberships(sink);
    }

    @Override
    public RestoryProgress restory(Consumer<RestoryProgress> progress) {
        return desk.restory(progress);
    }

    @Override
    public RestoryProgress progress() {
        return desk.progress();
    }

    /** Files in the calling thread; the desk's lock keeps it from filing alongside the background thread. */
    @Override
    public boolean awaitCaughtUp(Duration timeout) {
        long target = library.lastChange();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (desk.filedUpTo() < target) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            if (!desk.fileNextBatch() && desk.filedUpTo() < target) {
                return false;
            }
        }
        return true;
    }
}
