package org.parallax.stories.internal.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the article that sits in the middle of a story: the one whose words are most like
 * everyone else's, by the mean TF-IDF cosine to the other articles. Its headline becomes the
 * story's headline. Ties go to the earliest article, then the smaller id.
 */
public final class Centrality {

    /** Scores that agree to this precision are a tie. */
    private static final double TIE = 1e-9;

    /** An article and its mean cosine to the others. */
    public record Scored(CoverageArticle article, double meanSimilarity) {
    }

    /** The most central article, empty only when there are none. */
    public Optional<CoverageArticle> mostCentral(List<CoverageArticle> articles) {
        return scores(articles).stream().findFirst().map(Scored::article);
    }

    /** Every article with its score, most central first. */
    public List<Scored> scores(List<CoverageArticle> articles) {
        TfIdf tfIdf = new TfIdf(articles.stream().map(a -> Words.content(a.readableText())).toList());
        List<TfIdf.Vector> vectors = tfIdf.vectors();
        // With unit vectors, the summed similarity to the others is v . (sum - v): one pass, not n^2.
        double[] total = tfIdf.sum(vectors);
        List<Scored> scored = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            TfIdf.Vector v = vectors.get(i);
            double mean = articles.size() < 2 ? 0 : (v.dot(total) - v.dot(v)) / (articles.size() - 1);
            scored.add(new Scored(articles.get(i), mean));
        }
        scored.sort(MOST_CENTRAL_FIRST);
        return scored;
    }

    // Rounded before comparing, so the order stays a total order and rounding never decides.
    private static final Comparator<Scored> MOST_CENTRAL_FIRST = Comparator
            .comparingLong((Scored s) -> -Math.round(s.meanSimilarity() / TIE))
            .thenComparing(s -> s.article().published())
            .thenComparing(s -> s.article().articleId());
}
