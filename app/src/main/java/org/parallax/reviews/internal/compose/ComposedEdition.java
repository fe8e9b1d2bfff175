package org.parallax.reviews.internal.compose;

import java.time.LocalDate;
import java.util.List;
import org.parallax.reviews.Review;

/**
 * What an edition says, before it is rendered for mail clients (HTML) and as plain text. Every
 * text in it is one anyone may read: headlines, deks, teasers and the stories' summaries, which
 * are drawn from open text only.
 *
 * @param dateLine     the edition's date as the masthead shows it ("Monday 16 March 2026")
 * @param openingNote  the paragraphs of "Our take" (the Daily Review), empty without one
 * @param closingNote  the paragraphs of "What's to come" (the Weekly Review), empty without one
 * @param siteUrl      the site's address, for the masthead link
 */
public record ComposedEdition(
        Review review,
        LocalDate date,
        String dateLine,
        String subject,
        List<String> openingNote,
        List<StoryItem> stories,
        List<AnalysisItem> analyses,
        List<RadarItem> radar,
        List<String> closingNote,
        String siteUrl) {

    public ComposedEdition {
        openingNote = List.copyOf(openingNote);
        stories = List.copyOf(stories);
        analyses = List.copyOf(analyses);
        radar = List.copyOf(radar);
        closingNote = List.copyOf(closingNote);
    }

    /** Nothing happened in the period: the edition says so instead of showing empty sections. */
    public boolean quiet() {
        return stories.isEmpty() && analyses.isEmpty();
    }

    /** The heading over the stories. */
    public String storiesHeading() {
        return switch (review) {
            case DAILY -> "The day's most important stories";
            case WEEKLY -> "The week's most important stories";
            case NEWSLETTER -> "This week on Parallax";
        };
    }

    /** Why the reader gets this email, for the footer. */
    public String reason() {
        return review.forSubscribers()
                ? "You receive " + review.title() + " as an All-Access subscriber to Parallax."
                : "You receive " + review.title() + " because you signed up for it on Parallax.";
    }

    /**
     * One story of the edition.
     *
     * @param summary the summary sentences (reviews) or the one-line teaser (newsletter)
     * @param pinned  placed by an editor rather than by the ranking
     */
    public record StoryItem(long storyId, String headline, String link, int outlets, List<Sentence> summary, boolean pinned) {

        public StoryItem {
            summary = List.copyOf(summary);
        }

        public String coverage() {
            return outlets == 1 ? "Reported by 1 outlet" : "Reported by " + outlets + " outlets";
        }
    }

    /** A sentence of a story's summary and the outlet whose words it is. */
    public record Sentence(String text, String outlet) {
    }

    /** One of the publication's own analyses: its headline, its dek (or opening lines) and a link. */
    public record AnalysisItem(String headline, String teaser, String link, String kind) {
    }

    /** An entity named by more articles than in the period before. */
    public record RadarItem(String name, String link, int articles, int articlesBefore) {

        public String trend() {
            return articlesBefore == 0 ? articles + " articles, new this period"
                    : articles + " articles, up from " + articlesBefore;
        }
    }
}
