package org.parallax.stories.internal.clustering;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files each arriving article, online, under the story it reports or a new one. The article is
 * compared only with the stories the {@link StoryIndex} names for its terms and entities, in its
 * own language, active within {@code quietAfter} of its date; it joins the most similar one when
 * the similarity reaches {@code joinAt}. Similarity blends the TF-IDF cosine of the texts (words
 * and adjacent word pairs) with the cosines of the entities and of the names, fading as the story
 * grows quiet. A large story takes an article only
 * if it names some of the story's entities, so no story becomes a catch-all.
 * Not thread-safe: one desk thread calls it.
 */
public final class StoryClusterer {

    private static final Logger log = LoggerFactory.getLogger(StoryClusterer.class);
    private static final String UNKNOWN_LANGUAGE = "und";
    private static final int SWEEP_EVERY = 256;

    private final ClusteringSettings settings;
    private final Clock clock;
    private final DocumentFrequencies frequencies;
    private final ArticleReader reader;
    private final StoryIndex index;
    private final Map<Long, StoryProfile> stories = new HashMap<>();
    private Instant latest;
    private long sinceSweep;

    public StoryClusterer(ClusteringSettings settings) {
        this(settings, Clock.systemUTC());
    }

    StoryClusterer(ClusteringSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.frequencies = new DocumentFrequencies(settings.vocabulary(), settings.backgroundArticles());
        this.reader = new ArticleReader(settings, frequencies);
        this.index = new StoryIndex(settings, frequencies);
    }

    public Assignment assign(ArticleSignal article, LongSupplier newStoryId) {
        Instant at = dateOf(article);
        String language = languageOf(article);
        if (article.entities() != null && article.entities().size() > settings.articleEntities()) {
            log.info("Article {} names {} entities; the {} most named are compared", article.articleId(),
                    article.entities().size(), settings.articleEntities());
        }
        ArticleDigest digest = reader.read(article.title(), article.text(), article.entities());
        if (digest.isEmpty()) {
            log.info("Article {} has no words or entities to compare; it stands alone", article.articleId());
            return new Assignment(newStoryId.getAsLong(), true, 1.0);
        }
        StoryProfile best = null;
        double bestSimilarity = 0;
        for (StoryProfile candidate : candidates(digest, language, at)) {
            double similarity = similarity(digest, candidate, at);
            if (similarity > bestSimilarity) {
                best = candidate;
                bestSimilarity = similarity;
            }
        }
        Assignment assignment;
        if (best != null && bestSimilarity >= settings.joinAt()) {
            best.absorb(digest, at, settings, frequencies);
            index.file(best);
            assignment = new Assignment(best.id(), false, bestSimilarity);
        } else {
            StoryProfile opened = StoryProfile.open(newStoryId.getAsLong(), language, at, digest);
            stories.put(opened.id(), opened);
            index.file(opened);
            assignment = new Assignment(opened.id(), true, 1.0);
        }
        if (++sinceSweep >= SWEEP_EVERY) {
            sweep();
        }
        return assignment;
    }

    public byte[] state() {
        return ClustererState.write(latest, sinceSweep, frequencies, stories.values(), index);
    }

    public static StoryClusterer restore(byte[] state, ClusteringSettings settings) {
        StoryClusterer clusterer = new StoryClusterer(settings);
        ClustererState.read(state, clusterer);
        return clusterer;
    }

    void restored(Instant latest, long sinceSweep, long articles, Map<String, Integer> table,
            List<StoryProfile> profiles, Map<Long, List<String>> indexed) {
        this.latest = latest;
        this.sinceSweep = sinceSweep;
        frequencies.restore(articles, table);
        for (StoryProfile profile : profiles) {
            stories.put(profile.id(), profile);
            List<String> keys = indexed.get(profile.id());
            if (keys == null) {
                index.file(profile);
            } else {
                index.file(profile.id(), keys);
            }
        }
    }

    int activeStories() {
        return stories.size();
    }

    /** The stories the index names, best first, in the article's language and not yet quiet at its date. */
    private List<StoryProfile> candidates(ArticleDigest digest, String language, Instant at) {
        List<Map.Entry<Long, Double>> found = new ArrayList<>(index.lookUp(digest).entrySet());
        found.sort(Map.Entry.<Long, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<StoryProfile> candidates = new ArrayList<>();
        for (Map.Entry<Long, Double> entry : found) {
            StoryProfile story = stories.get(entry.getKey());
            if (story.language().equals(language) && story.distanceFrom(at).compareTo(settings.quietAfter()) <= 0) {
                candidates.add(story);
                if (candidates.size() == settings.candidates()) {
                    break;
                }
            }
        }
        return candidates;
    }

    private double similarity(ArticleDigest digest, StoryProfile story, Instant at) {
        double entityShare = 0;
        double entities = 0;
        if (!digest.entities().isEmpty() && !story.entities().isEmpty()) {
            entities = cosine(digest.entities(), story.entities());
            if (story.articles() >= settings.largeStory() && entities == 0) {
                return 0;
            }
            entityShare = settings.entityShare();
        }
        double nameShare = 0;
        double names = 0;
        if (settings.nameShare() > 0 && !digest.names().isEmpty() && !story.names().isEmpty()) {
            names = cosine(digest.names(), story.names());
            nameShare = settings.nameShare();
        }
        // a part the article or the story lacks leaves its share to the text
        double text = cosine(digest.terms(), story.terms());
        double similarity = (1 - entityShare - nameShare) * text + entityShare * entities + nameShare * names;
        double quiet = (double) story.distanceFrom(at).toSeconds() / settings.quietAfter().toSeconds();
        return similarity * (1 - settings.fadeAtQuiet() * quiet);
    }

    private double cosine(Weights article, Weights story) {
        double norms = article.norm(frequencies) * story.norm(frequencies);
        return norms == 0 ? 0 : article.dot(story, frequencies) / norms;
    }

    /** A missing date is taken as the latest seen; a date far ahead of the clock as now. */
    private Instant dateOf(ArticleSignal article) {
        Instant now = clock.instant();
        Instant at = article.published();
        if (at == null) {
            at = latest != null ? latest : now;
            log.info("Article {} has no publication date; filed as of {}", article.articleId(), at);
        } else if (at.isAfter(now.plus(settings.futureTolerance()))) {
            log.info("Article {} is dated {}, ahead of the clock; filed as of now", article.articleId(), at);
            at = now;
        }
        if (latest == null || at.isAfter(latest)) {
            latest = at;
        }
        return at;
    }

    private static String languageOf(ArticleSignal article) {
        String language = article.language();
        if (language == null || language.isBlank()) {
            return UNKNOWN_LANGUAGE;
        }
        return language.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Forgets the stories quiet for twice {@code quietAfter} before the latest date seen, then, past
     * {@code activeStories}, the longest quiet ones, so memory and state stay bounded.
     */
    private void sweep() {
        sinceSweep = 0;
        Instant horizon = latest.minus(settings.quietAfter().multipliedBy(2));
        List<StoryProfile> gone = new ArrayList<>();
        for (StoryProfile story : stories.values()) {
            if (story.last().isBefore(horizon)) {
                gone.add(story);
            }
        }
        int excess = stories.size() - gone.size() - settings.activeStories();
        if (excess > 0) {
            List<StoryProfile> byQuiet = new ArrayList<>();
            for (StoryProfile story : stories.values()) {
                if (!story.last().isBefore(horizon)) {
                    byQuiet.add(story);
                }
            }
            byQuiet.sort(Comparator.comparing(StoryProfile::last).thenComparingLong(StoryProfile::id));
            gone.addAll(byQuiet.subList(0, excess));
        }
        for (StoryProfile story : gone) {
            stories.remove(story.id());
            index.drop(story.id());
        }
    }
}
