package org.parallax.stories.internal.clustering;

import java.time.Duration;

/**
 * How the clusterer decides. One fixed default ({@link #defaults()}) serves every library; the
 * record exists so tests can shrink the bounds, not so that each data set gets its own tuning.
 *
 * @param joinAt            the least similarity (0..1) at which an article joins a story
 * @param entityShare       the share of the entity agreement in the similarity
 * @param nameShare         the share of the names' agreement (capitalised words inside sentences, years);
 *                          the rest is the text's
 * @param quietAfter        a story that had no article for this long is no longer a candidate
 * @param fadeAtQuiet       how much of the similarity is lost just before a story goes quiet (linear fade)
 * @param articleTerms      the most telling terms kept of an article
 * @param articleEntities   the most named entities kept of an article
 * @param profileTerms      the terms a story's profile keeps
 * @param profileEntities   the entities a story's profile keeps
 * @param indexedTerms      the terms of a story's profile that lead to it in the candidate index
 * @param queryTerms        the terms of an article looked up in the candidate index
 * @param candidates        the stories compared in full with an article
 * @param commonKey         a term leading to more stories than this is too common to find candidates by
 * @param wordPairs         whether two adjacent words also count as a term of their own
 * @param largeStory        from this many articles on, a story takes only articles naming its entities
 * @param vocabulary        the most terms whose document frequency is kept (rare ones are pruned)
 * @param activeStories     the most stories held as candidates (the longest quiet are dropped first)
 * @param futureTolerance   a publication date further than this ahead of the clock is not believed
 * @param textLimit         the characters of an article's text read
 * @param backgroundArticles articles in which no term is assumed to appear, added to those seen when
 *                          weighing terms: in a young library, words every article of one event
 *                          shares still count, instead of weighing almost nothing
 * @param keptMembers       the most recent articles of a story kept one by one for regrouping (0: no regrouping)
 * @param regroupStories    the most stories whose kept articles are regrouped with an arrival
 * @param regroupFrom       the least similarity of a story to the arrival for it to be regrouped
 * @param regroupAt         the least similarity of the least similar pair of two groups of the neighbourhood
 *                          for them to merge (complete link between single articles)
 * @param localEmphasis     how much more a term counts in the regrouping the fewer articles of the
 *                          neighbourhood share it (weight times 1 + localEmphasis * ln(n / holders))
 * @param strayGroup        a group of at most this many articles left by the complete link joins the
 *                          larger group it resembles most on average, if that average reaches regroupAt
 */
public record ClusteringSettings(
        double joinAt,
        double entityShare,
        double nameShare,
        Duration quietAfter,
        double fadeAtQuiet,
        int articleTerms,
        int articleEntities,
        int profileTerms,
        int profileEntities,
        int indexedTerms,
        int queryTerms,
        int candidates,
        boolean wordPairs,
        int commonKey,
        int largeStory,
        int vocabulary,
        int activeStories,
        Duration futureTolerance,
        int textLimit,
        int backgroundArticles,

        int keptMembers,
        int regroupStories,
        double regroupFrom,
        double regroupAt,
        double localEmphasis,
        int strayGroup) {

    public ClusteringSettings {
        if (joinAt <= 0 || joinAt >= 1 || entityShare < 0 || nameShare < 0 || entityShare + nameShare > 1) {
            throw new IllegalArgumentException("joinAt must lie in (0, 1) and the shares in [0, 1]");
        }
        if (quietAfter.isNegative() || quietAfter.isZero()) {
            throw new IllegalArgumentException("quietAfter must be positive");
        }
    }

    public static ClusteringSettings defaults() {
        return new ClusteringSettings(0.23, 0.15, 0.20, Duration.ofDays(10), 0.25, 120, 30, 200, 30, 30, 20, 40, true,
                5_000, 12, 250_000, 20_000, Duration.ofDays(1), 30_000, 1_000,
                24, 3, 0.12, 0.05, 0.15, 4);
    }
}
