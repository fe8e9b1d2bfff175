package org.parallax.stories;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The stories the library's articles fall into, the entities they name and the quotes they carry.
 * Kept up to date in the background from the library's change log; everything here can be rebuilt
 * from the library.
 */
public interface Stories {

    Optional<Story> story(long id);

    /** The story page's whole model, built from text anyone may read. */
    Optional<StoryCoverage> coverage(long id);

    /** Stories by latest activity, newest first. */
    List<Story> stories(StoryFilter filter);

    /**
     * The stories active between {@code from} and {@code to} that the most outlets covered, most
     * outlets first and then the latest active: the candidates for a review of that period.
     */
    List<Story> widestStories(Instant from, Instant to, int limit);

    /**
     * The entities named by the most original articles (syndicated copies left out) published from
     * {@code from} (inclusive) to {@code to} (exclusive), most named first; counts come from text
     * anyone may read, as every entity count does.
     */
    List<EntityCount> entitiesNamedBetween(Instant from, Instant to, int limit);

    /** The story an article is filed under, once the desk has read it. */
    Optional<StoryLink> storyOf(String articleId);

    /** The stories these articles are filed under, by article id; articles not filed yet are left out. */
    Map<String, Story> storiesOfArticles(Collection<String> articleIds);

    /** The public ids of a story's articles, oldest first. */
    List<String> articleIds(long storyId);

    /** The entities a story names, most widely named first. */
    List<EntityCount> entitiesOf(long storyId, int limit);

    /** The quotes in a story's articles, in publication order. */
    List<FiledQuote> quotesIn(long storyId);

    Optional<NamedEntity> entity(long id);

    /** The entities of an article, in the order they are first named. */
    List<NamedEntity> entitiesOfArticle(String articleId);

    /** What an entity said, newest first. */
    List<FiledQuote> quotesBy(long entityId, int limit);

    /** Every article's story, in storage order. */
    void memberships(Consumer<StoryMembership> sink);

    /** Files every article again from scratch, reporting progress now and then. */
    RestoryProgress restory(Consumer<RestoryProgress> progress);

    /** How far the desk has filed the library's change log, and how many stories there are. */
    RestoryProgress progress();

    /** Waits until the desk has read everything the library holds now; false on timeout. */
    boolean awaitCaughtUp(Duration timeout);
}
