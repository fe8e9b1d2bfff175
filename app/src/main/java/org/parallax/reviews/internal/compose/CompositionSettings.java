package org.parallax.reviews.internal.compose;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much each review holds and how its stories are ranked.
 *
 * @param dailyStories         stories in the Daily Review (pinned ones come on top of these when there are more)
 * @param weeklyStories        stories in the Weekly Review
 * @param newsletterStories    headlines in the free newsletter
 * @param summarySentences     summary sentences under each story of the Daily Review
 * @param quickSummarySentences summary sentences under each story of the Weekly Review
 * @param candidates           stories of the period weighed for an edition (and listed in the editors' preview)
 * @param recencyWeight        how many outlets' worth a story active at the very end of the period gains
 * @param analyses             own analyses (analysis, in depth) listed under "the latest from Parallax"
 * @param analysisWindow       how far back an own analysis still counts as the latest
 * @param radarSize            entities listed "on our radar"
 * @param radarMinimumArticles articles that must name an entity in the period before it can be on the radar
 */
@ConfigurationProperties("parallax.reviews.composition")
public record CompositionSettings(
        @DefaultValue("8") int dailyStories,
        @DefaultValue("10") int weeklyStories,
        @DefaultValue("5") int newsletterStories,
        @DefaultValue("3") int summarySentences,
        @DefaultValue("1") int quickSummarySentences,
        @DefaultValue("40") int candidates,
        @DefaultValue("1.0") double recencyWeight,
        @DefaultValue("2") int analyses,
        @DefaultValue("7d") Duration analysisWindow,
        @DefaultValue("5") int radarSize,
        @DefaultValue("2") int radarMinimumArticles) {

    public CompositionSettings {
        for (int count : new int[] {dailyStories, weeklyStories, newsletterStories, candidates}) {
            if (count < 1 || count > 100) {
                throw new IllegalArgumentException("parallax.reviews.composition story counts lie between 1 and 100, not " + count);
            }
        }
        if (summarySentences < 0 || quickSummarySentences < 0 || analyses < 0 || radarSize < 0 || radarMinimumArticles < 1) {
            throw new IllegalArgumentException("parallax.reviews.composition counts are not negative (radar-minimum-articles at least 1)");
        }
        if (recencyWeight < 0) {
            throw new IllegalArgumentException("parallax.reviews.composition.recency-weight is not negative");
        }
    }

    public static CompositionSettings defaults() {
        return new CompositionSettings(8, 10, 5, 3, 1, 40, 1.0, 2, Duration.ofDays(7), 5, 2);
    }

    int stories(org.parallax.reviews.Review review) {
        return switch (review) {
            case DAILY -> dailyStories;
            case WEEKLY -> weeklyStories;
            case NEWSLETTER -> newsletterStories;
        };
    }
}
