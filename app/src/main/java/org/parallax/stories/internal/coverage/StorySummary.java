package org.parallax.stories.internal.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
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
 * out, and only the first twenty sentences of an article and its best three by closeness are
 * considered, which keeps a 200-article story fast. A story of one or two outlets gets three
 * sentences, three outlets four, more get five; fewer when there are not enough usable ones.
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
            "\\p{Lu}[\\p{Lu} .'\\-]{1,40}(?:,[^—–:()\\n]{1,30})?(?:\\s*\\([^)\\n]{1,30}\\))?(?:\\s*[—–]|\\s+-{1,2}|:)\\s+");
    /** Signs of page furniture rather than reporting: links, addresses, calls to subscribe. */
    private static final List<String> JUNK = List.of("http://", "https://", "www.", "@", "subscribe", "sign up",
            "click here", "read more", "newsletter");
    /** The news is at the top; sentences further down rarely summarise, and skipping them keeps big stories fast. */
    private static final int SENTENCES_READ = 20;
    private static final int SHORTLIST_PER_ARTICLE = 3;

    /** A usable sentence; {@code words} are its content words, {@code distinct} the same as a set. */
    private record Candidate(CoverageArticle article, int articleIndex, int position, String text, List<String> words,
            Set<String> distinct) {
    }

    public List<SummarySentence> summarize(List<CoverageArticle> articles) {
        List<Candidate> candidates = candidates(articles);
        if (candidates.isEmpty()) {
            return List.of();
        }
        TfIdf tfIdf = new TfIdf(candidates.stream().map(Candidate::words).toList());
        List<TfIdf.Vector> vectors = tfIdf.vectors();
        double[] centroid = tfIdf.sum(vectors);
        double centroidLength = 0;
        for (double weight : centroid) {
            centroidLength += weight * weight;
        }
        centroidLength = Math.sqrt(centroidLength);
        double[] relevance = new double[candidates.size()];
        for (int i = 0; i < relevance.length; i++) {
            double cosine = centroidLength == 0 ? 0 : vectors.get(i).dot(centroid) / centroidLength;
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

    private static List<Integer> pick(List<Candidate> candidates, List<TfIdf.Vector> vectors,
            double[] relevance, int target) {
        List<Integer> picked = new ArrayList<>();
        boolean[] taken = new boolean[candidates.size()];
        // Most relevant first, so a round can stop once no later sentence could score higher; only
        // each article's best few compete, which keeps every article in the running at a fraction of the work.
        Integer[] ranked = new Integer[candidates.size()];
        for (int i = 0; i < ranked.length; i++) {
            ranked[i] = i;
        }
        Arrays.sort(ranked, Comparator.comparingDouble((Integer i) -> -relevance[i]).thenComparingInt(i -> i));
        Map<Integer, Integer> perArticle = new HashMap<>();
        List<Integer> byRelevance = new ArrayList<>();
        for (int i : ranked) {
            if (perArticle.merge(candidates.get(i).articleIndex(), 1, Integer::sum) <= SHORTLIST_PER_ARTICLE) {
                byRelevance.add(i);
            }
        }
        Set<String> usedOutlets = new HashSet<>();
        Set<Integer> usedArticles = new HashSet<>();
        while (picked.size() < target) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            int bestRank = Integer.MAX_VALUE;
            for (int i : byRelevance) {
                if (bestRank == 0 && RELEVANCE_WEIGHT * relevance[i] < bestScore) {
                    break; // redundancy only lowers a score, and nothing outranks a fresh outlet and article
                }
                Candidate c = candidates.get(i);
                if (taken[i]) {
                    continue;
                }
                // Fresh outlet beats fresh article beats neither; MMR decides within a rank.
                int rank = (usedOutlets.contains(c.article().outlet()) ? 2 : 0)
                        + (usedArticles.contains(c.articleIndex()) ? 1 : 0);
                double redundancy = 0;
                for (int p : picked) {
                    redundancy = Math.max(redundancy, vectors.get(i).dot(vectors.get(p)));
                }
                double score = RELEVANCE_WEIGHT * relevance[i] - (1 - RELEVANCE_WEIGHT) * redundancy;
                boolean better = rank < bestRank || (rank == bestRank && (score > bestScore || (score == bestScore && i < best)));
                if (better && !nearDuplicate(c, picked, candidates)) {
                    best = i;
                    bestScore = score;
                    bestRank = rank;
                }
            }
            if (best < 0) {
                break;
            }
            picked.add(best);
            taken[best] = true;
            usedOutlets.add(candidates.get(best).article().outlet());
            usedArticles.add(candidates.get(best).articleIndex());
        }
        return picked;
    }

    private static boolean nearDuplicate(Candidate c, List<Integer> picked, List<Candidate> candidates) {
        for (int p : picked) {
            if (jaccard(c.distinct(), candidates.get(p).distinct()) >= NEAR_DUPLICATE) {
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
            String text = article.text().strip();
            Matcher dateline = DATELINE.matcher(text);
            if (dateline.lookingAt()) {
                text = text.substring(dateline.end());
            }
            int position = 0;
            for (String sentence : Sentences.split(text)) {
                if (position >= SENTENCES_READ) {
                    break;
                }
                if (usable(sentence)) {
                    List<String> words = Words.content(sentence);
                    candidates.add(new Candidate(article, a, position, sentence, words, new HashSet<>(words)));
                }
                position++;
            }
        }
        return candidates;
    }

    static boolean usable(String sentence) {
        int words = Words.count(sentence);
        if (words < MIN_WORDS || words > MAX_WORDS) {
            return false;
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (String junk : JUNK) {
            if (lower.contains(junk)) {
                return false;
            }
        }
        char last = sentence.charAt(sentence.length() - 1);
        if (".!?\"”’'".indexOf(last) < 0) {
            return false;
        }
        return !quoteOnly(sentence);
    }

    /** A sentence that is mostly someone else's words, or a piece of a quote cut off by the split. */
    private static boolean quoteOnly(String sentence) {
        int straight = 0;
        int open = 0;
        int close = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            straight += c == '"' ? 1 : 0;
            open += c == '“' ? 1 : 0;
            close += c == '”' ? 1 : 0;
        }
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
