package org.parallax.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.access.Entitlement;
import org.parallax.access.Reach;
import org.parallax.access.ReadableText;
import org.parallax.access.Visitor;
import org.parallax.library.AccessLevel;
import org.parallax.library.Article;
import org.parallax.library.ArticleKind;
import org.parallax.library.Block;
import org.parallax.library.Outlet;

class MeteredAccessPolicyTest {

    private static final Outlet OWN = new Outlet(1, "parallax", "Parallax", null, true);
    private static final Outlet WIRE = new Outlet(2, "meridian-wire", "Meridian Wire", "https://meridian-wire.example/", false);
    private static final List<Block> BODY = List.of(
            new Block.Heading("The night ferries"),
            new Block.Paragraph("First paragraph, open to all."),
            new Block.BlockQuote("A quoted line.", null),
            new Block.Paragraph("Second paragraph, still in the teaser."),
            new Block.Paragraph("Third paragraph: the argument subscribers pay for, with the word quillwort."));

    private static final long ILSE = 7;
    private static final Visitor ANONYMOUS_WITH_EMAIL_UNLOCK = new Visitor(Visitor.Standing.ANONYMOUS, 0, false, Set.of("night-ferries"));
    private static final Visitor UNCONFIRMED = new Visitor(Visitor.Standing.UNCONFIRMED, ILSE, false, Set.of());
    private static final Visitor REGISTERED = new Visitor(Visitor.Standing.REGISTERED, ILSE, false, Set.of());
    private static final Visitor SUBSCRIBER = new Visitor(Visitor.Standing.REGISTERED, ILSE, true, Set.of());
    private static final Visitor STAFF = new Visitor(Visitor.Standing.STAFF, ILSE, false, Set.of());

    /** Ilse unlocked the night ferries; counts the questions the policy asks. */
    private final List<String> asked = new ArrayList<>();
    private final UnlockedArticles ilsesUnlocks = (readerId, articleId) -> {
        asked.add(readerId + " " + articleId);
        return readerId == ILSE && articleId.equals("night-ferries");
    };
    private final MeteredAccessPolicy policy = new MeteredAccessPolicy(new AccessProperties(2, 60), UnlockedArticles.NONE);
    private final MeteredAccessPolicy meteredPolicy = new MeteredAccessPolicy(new AccessProperties(2, 60), ilsesUnlocks);

    @Test
    void aFreeOwnArticleIsReadInFullByAnyone() {
        ReadableText text = policy.readable(article(OWN, AccessLevel.FREE), Visitor.ANONYMOUS);

        assertThat(text.entitlement().reach()).isEqualTo(Reach.FULL);
        assertThat(text.blocks()).isEqualTo(BODY);
        assertThat(text.truncated()).isFalse();
    }

    @Test
    void anAnonymousVisitorSeesOnlyTheTeaserParagraphsOfAGatedArticle() {
        for (AccessLevel level : List.of(AccessLevel.REGISTERED, AccessLevel.SUBSCRIBERS)) {
            ReadableText text = policy.readable(article(OWN, level), Visitor.ANONYMOUS);

            assertThat(text.entitlement().reach()).isEqualTo(Reach.TEASER);
            assertThat(text.blocks()).isEqualTo(BODY.subList(0, 4));
            assertThat(text.truncated()).isTrue();
            assertThat(text.blocks()).noneMatch(block -> block.text().contains("quillwort"));
        }
    }

    @Test
    void anotherOutletsArticleIsAShortExcerptCutAtAWord() {
        ReadableText text = policy.readable(article(WIRE, null), Visitor.ANONYMOUS);

        assertThat(text.entitlement().reach()).isEqualTo(Reach.EXCERPT);
        assertThat(text.blocks()).hasSize(1);
        assertThat(text.blocks().getFirst().text()).isEqualTo("First paragraph, open to all. A quoted line. Second …");
        assertThat(text.truncated()).isTrue();
    }

    @Test
    void staffReadEveryGatedArticleWithoutAskingTheMeter() {
        assertThat(meteredPolicy.decide(article(OWN, AccessLevel.SUBSCRIBERS), STAFF))
                .isEqualTo(new Entitlement(Reach.FULL, "staff read everything"));
        assertThat(asked).isEmpty();
    }

    @Test
    void subscribersReadEveryGatedArticleWithoutAskingTheMeter() {
        assertThat(meteredPolicy.decide(article(OWN, AccessLevel.SUBSCRIBERS), SUBSCRIBER))
                .isEqualTo(new Entitlement(Reach.FULL, "your All-Access subscription"));
        assertThat(asked).isEmpty();
    }

    @Test
    void anAnonymousBrowserReadsTheArticlesItUnlockedByEmail() {
        assertThat(meteredPolicy.decide(article(OWN, AccessLevel.SUBSCRIBERS), ANONYMOUS_WITH_EMAIL_UNLOCK))
                .isEqualTo(new Entitlement(Reach.FULL, "unlocked with your email"));
        assertThat(meteredPolicy.decide(article(OWN, "other-story", AccessLevel.SUBSCRIBERS), ANONYMOUS_WITH_EMAIL_UNLOCK).reach())
                .isEqualTo(Reach.TEASER);
        assertThat(asked).as("anonymous visitors have no account to ask about").isEmpty();
    }

    @Test
    void aRegisteredReaderReadsInFullWhatTheyUnlockedAndOnlyTheTeaserOfTheRest() {
        assertThat(meteredPolicy.decide(article(OWN, AccessLevel.SUBSCRIBERS), REGISTERED))
                .isEqualTo(new Entitlement(Reach.FULL, "you unlocked this article"));
        assertThat(meteredPolicy.readable(article(OWN, "other-story", AccessLevel.SUBSCRIBERS), REGISTERED).blocks())
                .isEqualTo(BODY.subList(0, 4));
        assertThat(asked).containsExactly("7 night-ferries", "7 other-story");
    }

    @Test
    void aRegisteredReaderReadsRegisteredOnlyArticlesWithoutUnlocking() {
        assertThat(meteredPolicy.decide(article(OWN, "other-story", AccessLevel.REGISTERED), REGISTERED))
                .isEqualTo(new Entitlement(Reach.FULL, "free to registered readers"));
        assertThat(asked).isEmpty();
    }

    @Test
    void anUnconfirmedReaderReadsOnlyTheTeaserExceptWhatTheyUnlockedByEmail() {
        assertThat(meteredPolicy.decide(article(OWN, "other-story", AccessLevel.REGISTERED), UNCONFIRMED).reach())
                .isEqualTo(Reach.TEASER);
        assertThat(meteredPolicy.decide(article(OWN, "other-story", AccessLevel.SUBSCRIBERS), UNCONFIRMED).reach())
                .isEqualTo(Reach.TEASER);
        assertThat(meteredPolicy.decide(article(OWN, AccessLevel.SUBSCRIBERS), UNCONFIRMED).reach())
                .as("an article carried over from the email form").isEqualTo(Reach.FULL);
    }

    @Test
    void freeAndExternalArticlesNeverAskTheMeter() {
        assertThat(meteredPolicy.decide(article(OWN, AccessLevel.FREE), REGISTERED).reach()).isEqualTo(Reach.FULL);
        assertThat(meteredPolicy.decide(article(WIRE, null), REGISTERED).reach()).isEqualTo(Reach.EXCERPT);
        assertThat(asked).isEmpty();
    }

    private static Article article(Outlet outlet, AccessLevel access) {
        return article(outlet, "night-ferries", access);
    }

    private static Article article(Outlet outlet, String id, AccessLevel access) {
        return new Article(1, id, "https://parallax.example/night-ferries", outlet, "The night ferries", null,
                null, ArticleKind.ANALYSIS, access, "en", Instant.parse("2026-03-14T07:30:00Z"), null, BODY, 1, null, null);
    }
}
