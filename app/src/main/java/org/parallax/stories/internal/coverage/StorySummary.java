package org.parallax.stories.internal.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An extractive summary of a story: three to five sentences lifted from its articles, from as
 * many different outlets as possible, none repeating another.
 *
 * <p>Sentences are ranked by how close they are to the story as a whole (TF-IDF cosine to the
 * centroid of every sentence, with a small bonus for sentences near the top of their article,
 * where reporters put the news) and picked one at a time by maximal marginal relevance: each
 * pick trades that closeness against its similarity to the sentences already picked. A
 * sentence that shares half of its words with a picked one (token Jaccard) is never picked;
 * an outlet is used again only when every other outlet has run out of usable sentences, and
 * an article only when every other article has. The picks are shown in the order they were
 * published. Datelines, quote-only fragments and very short or very long sentences are left
 * out. A story of one or two outlets gets three sentences, three outlets four, more get five;
 * fewer when there are not enough usable sentences.
 */
public final class StorySummary {

    /** A sentence of the summary and where it comes from. */
    public record SummarySentence(String text, String articleId, String outlet) {
    }

    private static final double RELEVANCE_WEIGHT = 0.55;
    private static final double NEAR_DUPLICATE = 0.5;
    private static final int MIN_WORDS = 8;
    private static final int MAX_WORDS = 55;
    /** "VARNHOLM, Nov. 24 (Northline) —" or "OSLO —" at the start of an article. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'\\-]{1,40}(?:,[^—–:()\\n]{1,30})?(?:\\s*\\([^)\\n]{1,30}\\))?(?:\\s*[—–]|\\s+-{1,2}|:)\\s+");
    private static final Pattern JUNK = Pattern.compile(
            "(?i)https?://|www\\.|@|\\bsubscribe\\b|\\bsign up\\b|\\bclick here\\b|\\bread more\\b|\\bnewsletter\\b");

    private record Candidate(CoverageArticle article, int articleIndex, int position, String text, Set<String> words) {
    }

    public List<SummarySentence> summarize(List<CoverageArticle> articles) {
        List<Candidate> candidates = candidates(articles);
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<List<String>> words = candidates.stream().map(c -> Words.content(c.text())).toList();
        TfIdf tfIdf = new TfIdf(words);
        List<Map<String, Double>> vectors = words.stream().map(tfIdf::vector).toList();
        Map<String, Double> centroid = TfIdf.sum(vectors);
        double centroidLength = Math.sqrt(TfIdf.dot(centroid, centroid));
        double[] relevance = new double[candidates.size()];
        for (int i = 0; i < relevance.length; i++) {
            double cosine = centroidLength == 0 ? 0 : TfIdf.dot(vectors.get(i), centroid) / centroidLength;
            relevance[i] = cosine + 0.15 / (1 + candidates.get(i).position());
        }
        int target = Math.min(target(articles), candidates.size());
        List<Integer> picked = pick(candidates, vectors, relevance, target);
        return picked.stream()
                .map(candidates::get)
                .sorted(Comparator.comparing((Candidate c) -> c.article().published())
                        .thenComparing(c -> c.article().articleId())
                        .thenComparingInt(Candidate::position))
                .map(c -> new SummarySentence(c.text(), c.article().articleId(), c.article().outlet()))
                .toList();
    }

    private static int target(List<CoverageArticle> articles) {
        long outlets = articles.stream().map(CoverageArticle::outlet).distinct().count();
        return outlets <= 2 ? 3 : outlets == 3 ? 4 : 5;
    }

    private static List<Integer> pick(List<Candidate> candidates, List<Map<String, Double>> vectors,
            double[] relevance, int target) {
        List<Integer> picked = new ArrayList<>();
        Set<String> usedOutlets = new HashSet<>();
        Set<Integer> usedArticles = new HashSet<>();
        while (picked.size() < target) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            int bestRank = Integer.MAX_VALUE;
            for (int i = 0; i < candidates.size(); i++) {
                Candidate c = candidates.get(i);
                if (picked.contains(i) || nearDuplicate(c, picked, candidates)) {
                    continue;
                }
                // Fresh outlet beats fresh article beats neither; MMR decides within a rank.
                int rank = (usedOutlets.contains(c.article().outlet()) ? 2 : 0)
                        + (usedArticles.contains(c.articleIndex()) ? 1 : 0);
                double redundancy = 0;
                for (int p : picked) {
                    redundancy = Math.max(redundancy, TfIdf.dot(vectors.get(i), vectors.get(p)));
                }
                double score = RELEVANCE_WEIGHT * relevance[i] - (1 - RELEVANCE_WEIGHT) * redundancy;
                if (rank < bestRank || (rank == bestRank && score > bestScore)) {
                    best = i;
                    bestScore = score;
                    bestRank = rank;
                }
            }
            if (best < 0) {
                break;
            }
            picked.add(best);
            usedOutlets.add(candidates.get(best).article().outlet());
            usedArticles.add(candidates.get(best).articleIndex());
        }
        return picked;
    }

    private static boolean nearDuplicate(Candidate c, List<Integer> picked, List<Candidate> candidates) {
        for (int p : picked) {
            if (jaccard(c.words(), candidates.get(p).words()) >= NEAR_DUPLICATE) {
                return true;
            }
        }
        return false;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int shared = 0;
        for (String w : a) {
            if (b.contains(w)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }

    private static List<Candidate> candidates(List<CoverageArticle> articles) {
        List<Candidate> candidates = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            CoverageArticle article = articles.get(a);
            String text = DATELINE.matcher(article.text().strip()).replaceFirst("");
            int position = 0;
            for (String sentence : Sentences.split(text)) {
                if (usable(sentence)) {
                    candidates.add(new Candidate(article, a, position, sentence, new HashSet<>(Words.content(sentence))));
                }
                position++;
            }
        }
        return candidates;
    }

    static boolean usable(String sentence) {
        int words = Words.all(sentence).size();
        if (words < MIN_WORDS || words > MAX_WORDS || JUNK.matcher(sentence).find()) {
            return false;
        }
        char last = sentence.charAt(sentence.length() - 1);
        if (".!?\"”’'".indexOf(last) < 0) {
            return false;
        }
        return !quoteOnly(sentence);
    }

    /** A sentence that is mostly someone else's words, or a piece of a quote cut off by the split. */
    private static boolean quoteOnly(String sentence) {
        long straight = sentence.chars().filter(ch -> ch == '"').count();
        long open = sentence.chars().filter(ch -> ch == '“').count();
        long close = sentence.chars().filter(ch -> ch == '”').count();
        if (straight % 2 != 0 || open != close) {
            return true;
        }
        if (straight == 0 && open == 0) {
            return false;
        }
        String outside = sentence.replaceAll("\"[^\"]*\"|“[^”]*”", " ");
        return Words.all(outside).size() < 5;
    }
}
