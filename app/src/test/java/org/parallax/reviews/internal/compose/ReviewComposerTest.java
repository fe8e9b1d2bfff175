package org.parallax.reviews.internal.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.WebFixtures;
import org.parallax.WebTest;
import org.parallax.library.Article;
import org.parallax.library.Block;
import org.parallax.reviews.EditionComposer;
import org.parallax.reviews.EditionContent;
import org.parallax.reviews.Review;
import org.parallax.reviews.internal.EditorsHand;
import org.parallax.reviews.internal.EditorsHand.NoteKind;
import org.parallax.stories.Stories;
import org.parallax.stories.StoryFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The composer over the real library and story desk: the Tellan bridge coverage (four outlets, one
 * syndicated copy) against a one-outlet harvest report on the same day, the editors' hand on top.
 */
class ReviewComposerTest extends WebTest {

    /** The Wednesday after the bridge deal: its Daily Review covers Tuesday 07:00 to Wednesday 07:00 UTC. */
    static final LocalDate DAY_AFTER_THE_DEAL = LocalDate.parse("2025-05-07");

    @Autowired
    EditionComposer composer;

    @Autowired
    EditorsHand hand;

    @Autowired
    Stories stories;

    @Value("${parallax.base-url}")
    String baseUrl;

    long bridge;
    long harvest;

    @BeforeEach
    void fileTheBridgeCoverage() {
        StoryFixtures.store(library);
        assertThat(stories.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        bridge = stories.storyOf(StoryFixtures.WIRE_ID).orElseThrow().storyId();
        harvest = stories.storyOf(StoryFixtures.HARVEST_ID).orElseThrow().storyId();
        for (long story : List.of(bridge, harvest)) {
            hand.release(Review.DAILY, DAY_AFTER_THE_DEAL, story);
        }
        hand.write(Review.DAILY, DAY_AFTER_THE_DEAL, NoteKind.OUR_TAKE, "", 0);
    }

    @Test
    void theDailyReviewLeadsWithTheWidestCoveredStoryWithItsSummaryAndLink() {
        EditionContent daily = composer.compose(Review.DAILY, DAY_AFTER_THE_DEAL);
        String headline = stories.coverage(bridge).orElseThrow().story().headline();

        assertThat(daily.subject()).isEqualTo("The Daily Review, 7 May 2025: " + headline);
        assertThat(daily.html()).contains(baseUrl + "/stories/" + bridge, "Reported by 4 outlets", "Wednesday 7 May 2025");
        assertThat(daily.html().indexOf("/stories/" + bridge)).as("the bridge before the harvest")
                .isLessThan(daily.html().indexOf("/stories/" + harvest));
        String firstSentence = stories.coverage(bridge).orElseThrow().summary().getFirst().text();
        assertThat(daily.text()).contains("1. ").contains(baseUrl + "/stories/" + bridge);
        assertThat(daily.text().replaceAll("\\s+", " ")).contains(firstSentence);
        assertThat(daily.html()).contains(EditionContent.UNSUBSCRIBE, EditionContent.PREFERENCES);
        assertThat(daily.text()).contains(EditionContent.UNSUBSCRIBE, EditionContent.PREFERENCES);
        // the own analysis of the bridge deal is the latest: its headline and dek, linked
        assertThat(daily.html()).contains("The latest from Parallax", "What the Tellan bridge deal leaves unsaid",
                baseUrl + "/articles/" + StoryFixtures.OWN_ID);
        // Orlin and Varga are named in two original articles on Tuesday against one (the wire) before
        assertThat(daily.html()).contains("On our radar", "Pavel Orlin");
        assertThat(daily.text()).contains("ON OUR RADAR");
    }

    @Test
    void aPinnedStoryLeadsADroppedOneIsGoneAndOurTakeOpensTheEdition() {
        hand.pin(Review.DAILY, DAY_AFTER_THE_DEAL, harvest, 0);
        hand.write(Review.DAILY, DAY_AFTER_THE_DEAL, NoteKind.OUR_TAKE,
                "Cheap flour matters more to most readers than a bridge.\n\nWe will keep watching the silos.", 0);

        EditionContent pinned = composer.compose(Review.DAILY, DAY_AFTER_THE_DEAL);
        assertThat(pinned.subject()).endsWith(stories.coverage(harvest).orElseThrow().story().headline());
        assertThat(pinned.html().indexOf("/stories/" + harvest)).isLessThan(pinned.html().indexOf("/stories/" + bridge));
        assertThat(pinned.html()).contains("Editors' pick", "Our take",
                "<p style=", ">Cheap flour matters more to most readers than a bridge.</p>", ">We will keep watching the silos.</p>");
        assertThat(pinned.text()).contains("OUR TAKE", "Cheap flour matters more");
        assertThat(pinned.html().indexOf("Our take")).isLessThan(pinned.html().indexOf("/stories/" + harvest));

        hand.drop(Review.DAILY, DAY_AFTER_THE_DEAL, bridge, 0);
        EditionContent dropped = composer.compose(Review.DAILY, DAY_AFTER_THE_DEAL);
        assertThat(dropped.html()).doesNotContain("/stories/" + bridge + "\"");
        assertThat(dropped.text()).doesNotContain("/stories/" + bridge + "\n");
    }

    @Test
    void theWeeklyReviewGivesQuickSummariesAndWhatsToCome() {
        LocalDate saturday = LocalDate.parse("2025-05-10");
        hand.write(Review.WEEKLY, saturday, NoteKind.WHATS_TO_COME, "Engineers start surveying the Tellan banks.", 0);

        EditionContent weekly = composer.compose(Review.WEEKLY, saturday);

        assertThat(weekly.subject()).startsWith("The Weekly Review, week to 10 May 2025: ");
        assertThat(weekly.html()).contains("The week's most important stories", "/stories/" + bridge, "/stories/" + harvest,
                "What's to come", "Engineers start surveying the Tellan banks.");
        assertThat(weekly.text()).contains("WHAT'S TO COME");
    }

    @Test
    void theNewsletterCarriesHeadlinesAndTeasersThatLinkToTheSite() {
        EditionContent newsletter = composer.compose(Review.NEWSLETTER, LocalDate.parse("2025-05-08"));

        assertThat(newsletter.subject()).startsWith("The Parallax Newsletter, 8 May 2025: ");
        assertThat(newsletter.html()).contains("This week on Parallax", baseUrl + "/stories/" + bridge,
                baseUrl + "/articles/" + StoryFixtures.OWN_ID, "because you signed up");
    }

    @Test
    void anEditionOfAPeriodWithNothingInItSaysSoAndIsStillWhole() {
        EditionContent quiet = composer.compose(Review.DAILY, LocalDate.parse("2019-06-05"));

        assertThat(quiet.subject()).isEqualTo("The Daily Review, 5 June 2019: a quiet day");
        assertThat(quiet.html()).contains("Nothing new was reported", "</html>", EditionContent.UNSUBSCRIBE)
                .doesNotContain("most important stories", "On our radar");
        assertThat(quiet.text()).contains("Nothing new was reported", EditionContent.UNSUBSCRIBE);
    }

    @Test
    void noEditionOfAnyReviewCarriesAWordOfAGatedBody() {
        WebFixtures.store(library);
        assertThat(stories.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        List<Article> gated = List.of(library.article(StoryFixtures.OWN_ID).orElseThrow(),
                library.article(WebFixtures.GATED_ID).orElseThrow());
        List<String> bodyWords = new ArrayList<>(List.of(StoryFixtures.GATED_WORD, WebFixtures.GATED_WORD));
        List<String> leaks = new ArrayList<>();
        for (Review review : Review.values()) {
            for (LocalDate date : List.of(DAY_AFTER_THE_DEAL, LocalDate.parse("2025-05-08"), LocalDate.parse("2025-05-10"),
                    LocalDate.parse("2026-03-14"), LocalDate.parse("2026-03-16"), LocalDate.parse("2026-03-19"))) {
                EditionContent edition = composer.compose(review, date);
                for (String word : bodyWords) {
                    if (edition.html().contains(word) || edition.text().contains(word) || edition.subject().contains(word)) {
                        leaks.add(review + " " + date + " shows " + word);
                    }
                }
                for (Article article : gated) {
                    // past the first paragraph (the teaser), no sentence of a gated body appears
                    for (Block block : article.body().subList(1, article.body().size())) {
                        if (edition.html().contains(block.text()) || edition.text().replaceAll("\\s+", " ").contains(block.text())) {
                            leaks.add(review + " " + date + " shows " + article.id() + ": " + block.text());
                        }
                    }
                }
            }
        }
        assertThat(composer.compose(Review.DAILY, LocalDate.parse("2026-03-16")).html())
                .as("the gated article is there by its headline").contains("Inside the sluice deal");
        assertThat(leaks).isEmpty();
    }

    @Test
    void hostileHeadlinesAreEscapedInTheHtml() {
        WebFixtures.store(library);
        assertThat(stories.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        EditionContent weekly = composer.compose(Review.WEEKLY, LocalDate.parse("2026-03-14"));

        assertThat(weekly.text()).as("the hostile opinion is in the edition").contains(WebFixtures.HOSTILE_TITLE);
        assertThat(weekly.html()).doesNotContain("<script>alert(1)</script>", "<img src=x")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; Summit ends", "&lt;img src=x");
    }
}
