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
    private long arrivals;
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
        arrivals++;
        List<StoryProfile> found = candidates(digest, language, at);
        Map<Long, Double> similarities = new HashMap<>();
        StoryProfile best = null;
        double bestSimilarity = 0;
        for (StoryProfile candidate : found) {
            double similarity = similarity(digest, candidate, at);
            similarities.put(candidate.id(), similarity);
            if (similarity > bestSimilarity) {
                best = candidate;
                bestSimilarity = similarity;
            }
        }
        Assignment assignment;
        Member member = settings.keptMembers() == 0 ? null
                : Member.of(article.articleId(), arrivals, at, digest, frequencies);
        List<StoryProfile> neighbourhood = member == null ? List.of() : neighbourhood(found, similarities);
        if (!neighbourhood.isEmpty()) {
            assignment = regroup(member, neighbourhood, similarities, language, newStoryId, best, bestSimilarity);
        } else if (best != null && bestSimilarity >= settings.joinAt()) {
            best.absorb(digest, at, settings, frequencies);
            if (member != null) {
                List<Member> kept = new ArrayList<>(best.members());
                kept.add(member);
                best.keep(kept, settings.keptMembers());
            }
            index.file(best);
            assignment = new Assignment(best.id(), false, bestSimilarity);
        } else {
            StoryProfile opened = StoryProfile.open(newStoryId.getAsLong(), language, at, digest);
            if (member != null) {
                opened.keep(List.of(member), settings.keptMembers());
            }
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
        return ClustererState.write(latest, sinceSweep, arrivals, frequencies, stories.values(), index);
    }

    public static StoryClusterer restore(byte[] state, ClusteringSettings settings) {
        StoryClusterer clusterer = new StoryClusterer(settings);
        ClustererState.read(state, clusterer);
        return clusterer;
    }

    void restored(Instant latest, long sinceSweep, long arrivals, long articles, Map<String, Integer> table,
            List<StoryProfile> profiles, Map<Long, List<String>> indexed) {
        this.latest = latest;
        this.arrivals = arrivals;
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

    /** The candidates close enough to the arrival to be regrouped with it, most similar first, with kept members. */
    private List<StoryProfile> neighbourhood(List<StoryProfile> found, Map<Long, Double> similarities) {
        List<StoryProfile> close = new ArrayList<>();
        for (StoryProfile story : found) {
            if (similarities.get(story.id()) >= settings.regroupFrom() && !story.members().isEmpty()) {
                close.add(story);
            }
        }
        close.sort(Comparator.<StoryProfile>comparingDouble(story -> -similarities.get(story.id()))
                .thenComparingLong(StoryProfile::id));
        return close.size() > settings.regroupStories() ? close.subList(0, settings.regroupStories()) : close;
    }

    /**
     * Groups the arrival and the kept members of the neighbourhood afresh; each group takes the story
     * most of its members came from (one group per story, the largest share first), the others open
     * new stories, and every member whose story changes is moved.
     */
    private Assignment regroup(Member arrival, List<StoryProfile> neighbourhood, Map<Long, Double> similarities,
            String language, LongSupplier newStoryId, StoryProfile best, double bestSimilarity) {
        List<Member> all = new ArrayList<>();
        Map<String, StoryProfile> home = new HashMap<>();
        for (StoryProfile story : neighbourhood) {
            for (Member member : story.members()) {
                member.reweigh(frequencies);
                all.add(member);
                home.put(member.articleId(), story);
            }
        }
        all.add(arrival);
        List<List<Member>> groups = Regrouping.group(all, settings);
        // which story each group keeps: the largest shares first, one group per story
        List<long[]> shares = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            Map<Long, Integer> counts = new HashMap<>();
            for (Member member : groups.get(g)) {
                StoryProfile story = home.get(member.articleId());
                if (story != null && member != arrival) {
                    counts.merge(story.id(), 1, Integer::sum);
                }
            }
            for (Map.Entry<Long, Integer> count : counts.entrySet()) {
                shares.add(new long[] {count.getValue(), count.getKey(), g});
            }
        }
        shares.sort(Comparator.<long[]>comparingLong(share -> -share[0]).thenComparingLong(share -> share[1])
                .thenComparingLong(share -> share[2]));
        Map<Integer, StoryProfile> kept = new HashMap<>();
        Map<Long, Integer> taken = new HashMap<>();
        for (long[] share : shares) {
            int g = (int) share[2];
            if (!kept.containsKey(g) && !taken.containsKey(share[1])) {
                kept.put(g, stories.get(share[1]));
                taken.put(share[1], g);
            }
        }
        List<Moved> moved = new ArrayList<>();
        Assignment placed = null;
        List<StoryProfile> touched = new ArrayList<>(neighbourhood);
        for (int g = 0; g < groups.size(); g++) {
            List<Member> group = new ArrayList<>(groups.get(g));
            if (group.remove(arrival)) {
                group.addFirst(arrival); // filed before any move, so a new story is opened by the arrival
            }
            StoryProfile target = kept.get(g);
            boolean fresh = target == null;
            if (fresh && group.size() == 1 && best != null && best.members().isEmpty()
                    && bestSimilarity >= settings.joinAt()) {
                // a story restored without kept members can still take the arrival by its profile
                target = best;
                fresh = false;
                touched.add(best);
            }
            boolean announced = !fresh;
            for (Member member : group) {
                StoryProfile from = home.get(member.articleId());
                if (from != null && from == target) {
                    continue;
                }
                if (from != null) {
                    from.release(member);
                }
                if (target == null) {
                    target = StoryProfile.open(newStoryId.getAsLong(), language, member.at(), member.digest());
                    stories.put(target.id(), target);
                    touched.add(target);
                } else {
                    target.absorb(member, settings, frequencies);
                }
                if (from == null) {
                    placed = new Assignment(target.id(), fresh,
                            fresh ? 1.0 : similarities.getOrDefault(target.id(), bestSimilarity));
                } else {
                    moved.add(new Moved(member.articleId(), from.id(), target.id(), !announced));
                }
                announced = true;
            }
            target.keep(group, settings.keptMembers());
        }
        for (StoryProfile story : neighbourhood) {
            if (!kept.containsValue(story)) {
                story.keep(List.of(), settings.keptMembers());
            }
        }
        for (StoryProfile story : touched) {
            if (story.articles() <= 0) {
                stories.remove(story.id());
                index.drop(story.id());
            } else {
                index.file(story);
            }
        }
        return new Assignment(placed.storyId(), placed.opened(), placed.similarity(), moved);
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
