package org.parallax.stories.internal.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
        Map<String, Map<String, int[]>> words = new LinkedHashMap<>();
        Map<String, Map<String, int[]>> phrases = new LinkedHashMap<>();
        articles.stream().sorted(Comparator.comparing(a -> !a.own())).forEach(article -> count(
                article.readableText(),
                words.computeIfAbsent(article.outlet(), o -> new HashMap<>()),
                phrases.computeIfAbsent(article.outlet(), o -> new HashMap<>())));
        Map<String, List<FramingTerm>> wordTerms = distinctive(words);
        Map<String, List<FramingTerm>> phraseTerms = distinctive(phrases);
        Map<String, List<FramingTerm>> result = new LinkedHashMap<>();
        for (String outlet : words.keySet()) {
            result.put(outlet, merge(wordTerms.get(outlet), phraseTerms.get(outlet), words.get(outlet)));
        }
        return result;
    }

    /** Counts are one-element arrays so a count goes up without boxing a new Integer. */
    private static void count(String text, Map<String, int[]> words, Map<String, int[]> phrases) {
        String previous = Words.BREAK;
        for (String word : Words.contentWithBreaks(text)) {
            if (!word.equals(Words.BREAK)) {
                words.computeIfAbsent(word, w -> new int[1])[0]++;
                if (!previous.equals(Words.BREAK) && !previous.equals(word)) {
                    phrases.computeIfAbsent(previous + " " + word, w -> new int[1])[0]++;
                }
            }
            previous = word;
        }
    }

    private Map<String, List<FramingTerm>> distinctive(Map<String, Map<String, int[]>> counts) {
        Map<String, int[]> pooled = new HashMap<>();
        long total = 0;
        for (Map<String, int[]> outlet : counts.values()) {
            for (var e : outlet.entrySet()) {
                pooled.computeIfAbsent(e.getKey(), t -> new int[1])[0] += e.getValue()[0];
                total += e.getValue()[0];
            }
        }
        Prior prior = new Prior(pooled, total);
        Map<String, List<FramingTerm>> result = new HashMap<>();
        for (var outlet : counts.entrySet()) {
            List<FramingTerm> terms = new ArrayList<>();
            long mine = 0;
            for (int[] n : outlet.getValue().values()) {
                mine += n[0];
            }
            long theirs = total - mine;
            if (counts.size() > 1 && theirs > 0) {
                for (var e : outlet.getValue().entrySet()) {
                    int y = e.getValue()[0];
                    if (y < settings.minCount()) {
                        continue;
                    }
                    int others = pooled.get(e.getKey())[0] - y;
                    double alpha = prior.alpha(e.getKey(), y + others);
                    double delta = Math.log((y + alpha) / (mine + prior.total - y - alpha))
                            - Math.log((others + alpha) / (theirs + prior.total - others - alpha));
                    double z = delta / Math.sqrt(1 / (y + alpha) + 1 / (others + alpha));
                    if (z > settings.minZ()) {
                        terms.add(new FramingTerm(e.getKey(), z, y));
                    }
                }
            }
            result.put(outlet.getKey(), terms);
        }
        return result;
    }

    /** Pseudo-counts per term: the story's frequencies (and the background's), summing to α0. */
    private final class Prior {

        private final double alpha0;
        private final long storyTotal;
        private final long backgroundTotal;
        private final double total;

        Prior(Map<String, int[]> pooled, long storyTotal) {
            this.alpha0 = settings.priorWeight() * storyTotal;
            this.storyTotal = storyTotal;
            long known = 0;
            if (!background.isEmpty()) {
                for (String term : pooled.keySet()) {
                    known += background.getOrDefault(term, 0L);
                }
            }
            this.backgroundTotal = known;
            double sum = 0;
            for (var e : pooled.entrySet()) {
                sum += alpha(e.getKey(), e.getValue()[0]);
            }
            this.total = sum;
        }

        double alpha(String term, int pooledCount) {
            double share = (double) pooledCount / storyTotal;
            if (backgroundTotal > 0) {
                share = (share + (double) background.getOrDefault(term, 0L) / backgroundTotal) / 2;
            }
            // A floor keeps a term the background never saw from a zero pseudo-count.
            return Math.max(alpha0 * share, 0.01);
        }
    }

    private List<FramingTerm> merge(List<FramingTerm> words, List<FramingTerm> phrases, Map<String, int[]> wordCounts) {
        List<FramingTerm> merged = new ArrayList<>(phrases);
        for (FramingTerm word : words) {
            boolean coveredByPhrase = phrases.stream().anyMatch(p ->
                    List.of(p.term().split(" ")).contains(word.term()) && wordCounts.get(word.term())[0] - p.count() < settings.minCount());
            if (!coveredByPhrase) {
                merged.add(word);
            }
        }
        merged.sort(Comparator.comparingDouble(FramingTerm::zScore).reversed().thenComparing(FramingTerm::term));
        return List.copyOf(merged.subList(0, Math.min(settings.perOutlet(), merged.size())));
    }
}
