package org.parallax.newsroom.internal.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.TestDatabases;
import org.parallax.TestDatabases.Kind;
import org.parallax.TestDatabases.TestDatabase;
import org.parallax.library.AccessLevel;
import org.parallax.library.ArticleKind;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The newsroom's articles on both databases: versions guard every save, and a due article is claimed once. */
class DeskArticlesRepositoryTest {

    static final Instant NOON = Instant.parse("2026-03-16T12:00:00Z");

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aSaveBasedOnAnOlderVersionChangesNothing(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            DeskArticles articles = new DeskArticles(JdbcClient.create(db.dataSource()));
            DeskArticle added = articles.add("strait-briefing", copy("First text."), "ana@parallax.example", NOON);

            boolean first = articles.save("strait-briefing", 1, copy("Ana's text."), DeskState.DRAFT, null, null, "ana@parallax.example", NOON);
            boolean second = articles.save("strait-briefing", 1, copy("Ben's text."), DeskState.DRAFT, null, null, "ben@parallax.example", NOON);

            assertThat(added.version()).isEqualTo(1);
            assertThat(first).isTrue();
            assertThat(second).isFalse();
            DeskArticle stored = articles.find("strait-briefing").orElseThrow();
            assertThat(stored.version()).isEqualTo(2);
            assertThat(stored.copy().markdown()).isEqualTo("Ana's text.");
            assertThat(stored.savedBy()).isEqualTo("ana@parallax.example");
            assertThat(stored.copy().leadImage()).isEqualTo(new LeadImage("https://img.example/quay.jpg", "The quay", 1600, 900));
            assertThat(stored.copy().authorList()).containsExactly("Ana Ruiz", "Ben Ode");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aDueArticleIsClaimedByOneOfTwoNodesRacing(Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            DeskArticles articles = new DeskArticles(JdbcClient.create(db.dataSource()));
            articles.add("strait-briefing", copy("Text."), "ana@parallax.example", NOON);
            articles.save("strait-briefing", 1, copy("Text."), DeskState.SCHEDULED, NOON.plusSeconds(60), null, "ana@parallax.example", NOON);
            assertThat(articles.due(NOON, 10)).isEmpty();
            DeskArticle due = articles.due(NOON.plusSeconds(61), 10).getFirst();

            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> claims = new ArrayList<>();
            try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
                for (int node = 0; node < 2; node++) {
                    claims.add(nodes.submit(() -> {
                        start.await();
                        return new DeskArticles(JdbcClient.create(db.dataSource())).claimDue(due, NOON.plusSeconds(61));
                    }));
                }
                start.countDown();
                int won = 0;
                for (Future<Boolean> claim : claims) {
                    won += claim.get() ? 1 : 0;
                }
                assertThat(won).isEqualTo(1);
            }
            DeskArticle published = articles.find("strait-briefing").orElseThrow();
            assertThat(published.state()).isEqualTo(DeskState.PUBLISHED);
            assertThat(published.publishedAt()).isEqualTo(NOON.plusSeconds(61));
            assertThat(articles.due(NOON.plusSeconds(3600), 10)).isEmpty();
            assertThat(articles.list(DeskState.PUBLISHED, 10)).extracting(DeskArticle::articleId).containsExactly("strait-briefing");
        }
    }

    private static Copy copy(String markdown) {
        return new Copy("Ferries return to the strait", null, ArticleKind.BRIEFING, AccessLevel.REGISTERED, "Ana Ruiz, Ben Ode",
                "Europe", "ferries", markdown, new LeadImage("https://img.example/quay.jpg", "The quay", 1600, 900),
                "Meridian Wire, https://meridian-wire.example/strait");
    }
}
