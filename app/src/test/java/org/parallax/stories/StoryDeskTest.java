package org.parallax.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.WebTest;
import org.parallax.library.ArticleDraft;
import org.parallax.library.ArticleKind;
import org.parallax.library.Block;
import org.springframework.beans.factory.annotation.Autowired;

/** The desk files every stored article: entities, quotes and a story, with copies and gated text handled. */
class StoryDeskTest extends WebTest {

    @Autowired
    Stories stories;

    @BeforeEach
    void fileTheFixtures() {
        StoryFixtures.store(library);
        assertThat(stories.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
    }

    @Test
    void everyArticleIsFiledInAStory() {
        for (String id : List.of(StoryFixtures.OWN_ID, StoryFixtures.WIRE_ID, StoryFixtures.LEDGER_ID, StoryFixtures.POST_ID,
                StoryFixtures.COPY_ID, StoryFixtures.HARVEST_ID)) {
            assertThat(stories.storyOf(id)).as(id).isPresent();
        }
    }

    @Test
    void aSyndicatedCopyJoinsItsOriginalsStoryAndIsListedAsAlsoPublishedBy() {
        long story = stories.storyOf(StoryFixtures.WIRE_ID).orElseThrow().storyId();
        assertThat(stories.storyOf(StoryFixtures.COPY_ID).orElseThrow().storyId()).isEqualTo(story);
        StoryCoverage coverage = stories.coverage(story).orElseThrow();
        assertThat(coverage.articles()).extracting(CoveredArticle::id).doesNotContain(StoryFixtures.COPY_ID);
        CoveredArticle wire = coverage.articles().stream().filter(a -> a.id().equals(StoryFixtures.WIRE_ID)).findFirst().orElseThrow();
        assertThat(wire.alsoPublishedBy()).containsExactly("Valley Times");
    }

    @Test
    void entitiesAndQuotesAreFiledWithSpeakersLinkedToPeople() {
        assertThat(stories.entitiesOfArticle(StoryFixtures.WIRE_ID)).extracting(NamedEntity::name)
                .contains("Port Asher", "Ilse Varga", "Pavel Orlin");
        NamedEntity orlin = stories.entitiesOfArticle(StoryFixtures.WIRE_ID).stream()
                .filter(entity -> entity.name().equals("Pavel Orlin")).findFirst().orElseThrow();
        List<FiledQuote> said = stories.quotesBy(orlin.id(), 10);
        assertThat(said).extracting(FiledQuote::text).anyMatch(text -> text.startsWith("We have waited long enough"));
        assertThat(said).allMatch(quote -> quote.speakerEntity().id() == orlin.id());
    }

    @Test
    void aGatedArticlesBodyGivesNoEntityAndNoQuote() {
        assertThat(stories.entitiesOfArticle(StoryFixtures.OWN_ID)).extracting(NamedEntity::name)
                .as("names only its body holds").doesNotContain(StoryFixtures.GATED_WORD, "Ilse Varga");
        long story = stories.storyOf(StoryFixtures.OWN_ID).orElseThrow().storyId();
        assertThat(stories.quotesIn(story)).noneMatch(quote -> quote.articleId().equals(StoryFixtures.OWN_ID));
    }

    @Test
    void spellingsOfOneNameInDifferentArticlesAreOneEntity() {
        library.storeAll(List.of(
                new ArticleDraft("desk-test-gadhafi", "https://harbour-wire.example/gadhafi", "Harbour Wire",
                        "Envoys meet in Tripoli", null, null, ArticleKind.NEWS, null, "en", StoryFixtures.MORNING, null,
                        List.of(new Block.Paragraph("Muammar Gadhafi met the envoys in Tripoli on Monday, officials said."))),
                new ArticleDraft("desk-test-qaddafi", "https://northern-ledger.example/qaddafi", "Northern Ledger",
                        "Talks in Tripoli", null, null, ArticleKind.NEWS, null, "en", StoryFixtures.MORNING, null,
                        List.of(new Block.Paragraph("Moammar Qaddafi received the envoys in Tripoli, his office said.")))));
        assertThat(stories.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        NamedEntity first = person("desk-test-gadhafi");
        assertThat(person("desk-test-qaddafi")).isEqualTo(first);
        assertThat(first.name()).isEqualTo("Muammar Gadhafi");
    }

    @Test
    void twoSpellingsInOneArticleAndTwoRevisionsInOneBatchAreFiledOnce() {
        ArticleDraft first = new ArticleDraft("desk-test-two-spellings", "https://harbour-wire.example/two-spellings", "Harbour Wire",
                "Two spellings of one leader", null, null, ArticleKind.NEWS, null, "en", StoryFixtures.MORNING, null,
                List.of(new Block.Paragraph("Muammar Gadhafi spoke first, officials said."),
                        new Block.Paragraph("Later Moammar Qaddafi spoke again, his office said.")));
        library.store(first);
        library.store(new ArticleDraft(first.id(), first.url(), first.outletName(), first.title() + ", revised", null, null,
                ArticleKind.NEWS, null, "en", StoryFixtures.MORNING, null, first.body()));
        assertThat(stories.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        assertThat(stories.entitiesOfArticle("desk-test-two-spellings")).extracting(NamedEntity::name).doesNotHaveDuplicates()
                .containsOnlyOnce("Muammar Gadhafi");
    }

    private NamedEntity person(String articleId) {
        return stories.entitiesOfArticle(articleId).stream().filter(entity -> entity.kind() == Entity.Kind.PERSON)
                .findFirst().orElseThrow();
    }

    @Test
    void anArticleDatedInTheFutureIsFiledAsPublishedNow() {
        Instant farAhead = Instant.now().plus(Duration.ofDays(400));
        library.store(new ArticleDraft("desk-test-from-the-future", "https://harbour-wire.example/future-dated", "Harbour Wire",
                "A report dated next year by mistake", null, null, ArticleKind.NEWS, null, "en", farAhead, null,
                List.of(new Block.Paragraph("A clock on the wire's server ran a year fast."))));
        assertThat(stories.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        Story story = stories.story(stories.storyOf("desk-test-from-the-future").orElseThrow().storyId()).orElseThrow();
        assertThat(story.lastPublished()).isBefore(Instant.now().plusSeconds(60));
    }

    @Test
    void anArticleWithNoParagraphsStillGetsAStory() {
        library.store(new ArticleDraft("desk-test-empty", "https://harbour-wire.example/empty", "Harbour Wire",
                "Headline only", null, null, ArticleKind.NEWS, null, "en", StoryFixtures.MORNING, null,
                List.of(new Block.Heading("Developing"))));
        assertThat(stories.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        assertThat(stories.storyOf("desk-test-empty")).isPresent();
    }

    @Test
    void membershipsGiveTheImportIdOrTheAddressWhenThereWasNone() {
        library.store(new ArticleDraft(null, "https://harbour-wire.example/no-id-given", "Harbour Wire",
                "An article imported without an id", null, null, ArticleKind.NEWS, null, "en", StoryFixtures.MORNING, null,
                List.of(new Block.Paragraph("It has an address and nothing else to call it by."))));
        assertThat(stories.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        List<StoryMembership> members = new ArrayList<>();
        stories.memberships(members::add);
        assertThat(members).extracting(StoryMembership::importId)
                .contains(StoryFixtures.WIRE_ID, "https://harbour-wire.example/no-id-given");
    }
}
