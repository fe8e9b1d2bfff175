package org.parallax.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
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

    private final MeteredAccessPolicy policy = new MeteredAccessPolicy(new AccessProperties(2, 60));

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

    private static Article article(Outlet outlet, AccessLevel access) {
        return new Article(1, "night-ferries", "https://parallax.example/night-ferries", outlet, "The night ferries", null,
                null, ArticleKind.ANALYSIS, access, "en", Instant.parse("2026-03-14T07:30:00Z"), null, BODY, 1, null, null);
    }
}
