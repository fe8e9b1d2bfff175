package org.parallax.stories.internal.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words and two-word phrases each outlet uses distinctively for a story, compared with the
 * other outlets covering it: the weighted log-odds ratio with an informative Dirichlet prior
 * (Monroe, Colaresi and Quinn, "Fightin' Words", 2008).
 *
 * <p>How it works, for one outlet i against all the others together (j). Count each term w in
 * i's articles (y<sub>iw</sub>, out of n<sub>i</sub> terms) and in everyone else's
 * (y<sub>jw</sub> out of n<sub>j</sub>). Raw frequency differences favour rare words, and a
 * raw log-odds ratio explodes when a count is zero, so each count is smoothed with prior
 * pseudo-counts α<sub>w</sub>: the story's own pooled count of w (optionally blended with a
 * background frequency) scaled to a total prior weight α<sub>0</sub>. The prior pulls every
 * outlet towards how the whole story talks, so a word only stands out when the outlet uses it
 * more than that pull can explain. The smoothed log-odds of w in i is
 * log((y<sub>iw</sub> + α<sub>w</sub>) / (n<sub>i</sub> + α<sub>0</sub> − y<sub>iw</sub> − α<sub>w</sub>)),
 * likewise for j; δ<sub>w</sub> is their difference. Its variance is roughly
 * 1/(y<sub>iw</sub> + α<sub>w</sub>) + 1/(y<sub>jw</sub> + α<sub>w</sub>), so dividing δ by its
 * standard deviation gives a z-score that is large only when the difference is both big and
 * backed by enough uses. A term is kept when z exceeds the threshold (1.96 by default, roughly
 * the two-sided 5% level) and the outlet used it at least twice; stop words and anything with
 * a digit never count. Words and phrases are scored separately (each against its own totals)
 * and then merged by z; a word whose every use is inside a kept phrase is left to the phrase.
 * Several articles from one outlet are pooled. An outlet that is alone on a story has nothing to
 * be compared with and gets no terms.
 */
public final class Framing {

    /**
     * @param priorWeight α<sub>0</sub> as a fraction of the story's term count: lower trusts small
     *                    counts more, higher shrinks them harder
     * @param minZ        the z-score a term must exceed
     * @param minCount    the fewest uses by the outlet
     * @param perOutlet   the most terms kept per outlet
     */
    public record Settings(double priorWeight, double minZ, int minCount, int perOutlet) {

        public static final Settings DEFAULTS = new Settings(0.25, 1.96, 2, 10);
    }

    private final Settings settings;
    private final Map<String, Long> background;

    public Framing() {
        this(Settings.DEFAULTS, Map.of());
    }

    /**
     * @param background term counts from a wider collection (words and phrases), blended half and
     *                   half with the story's own frequencies in the prior; empty for none
     */
    public Framing(Settings settings, Map<String, Long> background) {
        this.settings = settings;
        this.background = Map.copyOf(background);
    }

    /** For each outlet (own outlets first, then in order of appearance), its distinctive terms, strongest first. */
    public Map<String, List<FramingTerm>> byOutlet(List<CoverageArticle> articles) {
        TermCounts counts = new TermCounts();
        articles.stream().sorted(Comparator.comparing(a -> !a.own()))
                .forEach(article -> counts.add(article.outlet(), Words.contentWithBreaks(article.readableText())));
        TermCounts.Tally pooled = counts.pooled();
        Map<String, List<FramingTerm>> result = new LinkedHashMap<>();
        Prior wordPrior = new Prior(counts, pooled, false);
        Prior phrasePrior = new Prior(counts, pooled, true);
        for (String outlet : counts.outlets()) {
            TermCounts.Tally mine = counts.of(outlet);
            List<FramingTerm> words = new ArrayList<>();
            List<FramingTerm> phrases = new ArrayList<>();
            if (counts.outlets().size() > 1) {
                distinctive(counts, mine, pooled, wordPrior, false, words);
                distinctive(counts, mine, pooled, phrasePrior, true, phrases);
            }
            result.put(outlet, merge(words, phrases, counts, mine));
        }
        return result;
    }

    private void distinctive(TermCounts counts, TermCounts.Tally mine, TermCounts.Tally pooled, Prior prior,
            boolean phrases, List<FramingTerm> out) {
        long n = mine.total(phrases);
        long others = pooled.total(phrases) - n;
        if (others <= 0) {
            return;
        }
        for (int i = 0; i < mine.size(); i++) {
            int y = mine.count(i);
            long key = mine.key(i);
            if (y < settings.minCount() || TermCounts.isPhrase(key) != phrases) {
                continue;
            }
            int theirs = pooled.countOf(key) - y;
            double alpha = prior.alpha(key, y + theirs);
            double delta = Math.log((y + alpha) / (n + prior.total - y - alpha))
                    - Math.log((theirs + alpha) / (others + prior.total - theirs - alpha));
            double z = delta / Math.sqrt(1 / (y + alpha) + 1 / (theirs + alpha));
            if (z > settings.minZ()) {
                out.add(new FramingTerm(counts.term(key), z, y));
            }
        }
    }

    /** Pseudo-counts per term: the story's frequencies (and the background's), summing to α0. */
    private final class Prior {

        private final TermCounts counts;
        private final double alpha0;
        private final long storyTotal;
        private final long backgroundTotal;
        private final double total;

        Prior(TermCounts counts, TermCounts.Tally pooled, boolean phrases) {
            this.counts = counts;
            this.storyTotal = pooled.total(phrases);
            this.alpha0 = settings.priorWeight() * storyTotal;
            long known = 0;
            if (!background.isEmpty()) {
                for (int i = 0; i < pooled.size(); i++) {
                    if (TermCounts.isPhrase(pooled.key(i)) == phrases) {
                        known += background.getOrDefault(counts.term(pooled.key(i)), 0L);
                    }
                }
            }
            this.backgroundTotal = known;
            double sum = 0;
            for (int i = 0; i < pooled.size(); i++) {
                if (TermCounts.isPhrase(pooled.key(i)) == phrases) {
                    sum += alpha(pooled.key(i), pooled.count(i));
                }
            }
            this.total = sum;
        }

        double alpha(long key, int pooledCount) {
            double share = (double) pooledCount / storyTotal;
            if (backgroundTotal > 0) {
                share = (share + (double) background.getOrDefault(counts.term(key), 0L) / backgroundTotal) / 2;
            }
            // A floor keeps a term the background never saw from a zero pseudo-count.
            return Math.max(alpha0 * share, 0.01);
        }
    }

    /** Phrases and words by z; a word whose uses are (nearly) all inside a kept phrase gives way to it. */
    private List<FramingTerm> merge(List<FramingTerm> words, List<FramingTerm> phrases, TermCounts counts,
            TermCounts.Tally mine) {
        List<FramingTerm> merged = new ArrayList<>(phrases);
        for (FramingTerm word : words) {
            boolean coveredByPhrase = phrases.stream().anyMatch(p -> List.of(p.term().split(" ")).contains(word.term())
                    && word.count() - p.count() < settings.minCount());
            if (!coveredByPhrase) {
                merged.add(word);
            }
        }
        merged.sort(Comparator.comparingDouble(FramingTerm::zScore).reversed().thenComparing(FramingTerm::term));
        return List.copyOf(merged.subList(0, Math.min(settings.perOutlet(), merged.size())));
    }
}
