package org.parallax.newsroom.internal.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.TestDatabases;
import org.parallax.TestDatabases.Kind;
import org.parallax.TestDatabases.TestDatabase;
import org.parallax.library.AccessLevel;
import org.parallax.library.Article;
import org.parallax.library.ArticleDraft;
import org.parallax.library.ArticleKind;
import org.parallax.library.Block;
import org.parallax.library.Library;
import org.parallax.library.Revision;
import org.parallax.library.internal.TestLibraries;
import org.parallax.newsroom.Correction;
import org.parallax.newsroom.CorrectionKind;
import org.parallax.newsroom.InvalidChange;
import org.parallax.newsroom.internal.changes.UpdateDesk.NewUpdate;
import org.parallax.newsroom.internal.changes.UpdateDesk.Placement;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Updates and corrections stored on both databases the application runs on. */
class ChangesRepositoryTest {

    static final Instant PUBLISHED = Instant.parse("2026-05-02T06:00:00Z");
    static final Instant NOW = Instant.parse("2026-05-02T14:20:00Z");

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anUpdateAtTheEndJoinsTheBodyAsANewSignedVersionAndMovesTheUpdatedTime(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Library library = TestLibraries.library(db.dataSource());
            library.store(dispatch());
            long changesBefore = library.lastChange();

            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            new UpdateDesk(library, new PublishedArticles(library, clock), new RecordedAudit(),
                    new KnownTips().with(17, "ferry-dispatch"), clock).append("ferry-dispatch",
                    new NewUpdate("  The night ferry sailed at 14:05.  ", Placement.END, "A reader in Varnholm", "17"),
                    "editor@parallax.example", 7);

            Article article = library.article("ferry-dispatch").orElseThrow();
            assertThat(article.body()).hasSize(3);
            assertThat(article.body().getLast())
                    .isEqualTo(new Block.Update(NOW, "The night ferry sailed at 14:05.", "A reader in Varnholm", "17"));
            assertThat(article.updated()).isEqualTo(NOW);
            assertThat(article.text()).contains("The night ferry sailed at 14:05.");
            assertThat(library.lastChange()).as("search and stories follow the change log").isGreaterThan(changesBefore);
            List<Revision> revisions = library.revisions("ferry-dispatch");
            assertThat(revisions).hasSize(2);
            assertThat(revisions.getLast().author()).isEqualTo("editor@parallax.example");
            assertThat(revisions.getLast().minor()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anUpdateAtTheTopLeadsTheBody(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Library library = TestLibraries.library(db.dataSource());
            library.store(dispatch());

            desk(library).append("ferry-dispatch", new NewUpdate("Talks collapsed.", Placement.TOP, "", null), "e@x.example", 7);

            Article article = library.article("ferry-dispatch").orElseThrow();
            assertThat(article.body().getFirst()).isEqualTo(new Block.Update(NOW, "Talks collapsed.", null, null));
            assertThat(article.body().get(1)).isEqualTo(dispatch().body().getFirst());
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void updatesAreRefusedWithAReasonForEmptyOrHugeTextScheduledArticlesAndOtherOutlets(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Library library = TestLibraries.library(db.dataSource());
            library.store(dispatch());
            library.store(scheduled());
            library.store(wireCopy());
            UpdateDesk desk = desk(library);

            assertThatThrownBy(() -> desk.append("ferry-dispatch", new NewUpdate("   ", Placement.END, null, null), "e", 7))
                    .isInstanceOf(InvalidChange.class).hasMessageContaining("Write the text");
            assertThatThrownBy(() -> desk.append("ferry-dispatch",
                    new NewUpdate("x".repeat(1_000_000), Placement.END, null, null), "e", 7))
                    .isInstanceOf(InvalidChange.class).hasMessageContaining("at most 10000");
            assertThatThrownBy(() -> desk.append("ferry-preview", new NewUpdate("Soon.", Placement.END, null, null), "e", 7))
                    .isInstanceOf(InvalidChange.class).hasMessageContaining("not published yet");
            assertThatThrownBy(() -> desk.append("wire-copy", new NewUpdate("Ours?", Placement.END, null, null), "e", 7))
                    .isInstanceOf(PublishedArticles.ArticleNotFound.class);
            assertThat(library.article("ferry-dispatch").orElseThrow().revision()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void correctionsAreListedOldestFirstOnTheArticleAndNewestFirstOverall(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Library library = TestLibraries.library(db.dataSource());
            library.store(dispatch());
            library.store(second());
            JdbcClient jdbc = JdbcClient.create(db.dataSource());
            JdbcCorrections first = corrections(library, jdbc, NOW);
            JdbcCorrections later = corrections(library, jdbc, NOW.plusSeconds(600));

            Correction wrongName = first.add("ferry-dispatch", CorrectionKind.CORRECTION,
                    "An earlier version misspelled the harbour commissioner's name.", "e");
            Correction clearer = later.add("ferry-dispatch", CorrectionKind.CLARIFICATION,
                    "The crossings resume at night only.", "e");
            Correction other = later.add("ferry-second", CorrectionKind.CORRECTION, "The vote was 7 to 2.", "e");

            assertThat(first.of("ferry-dispatch")).containsExactly(wrongName, clearer);
            assertThat(first.latest(10)).containsExactly(other, clearer, wrongName);
            assertThat(first.latest(1)).containsExactly(other);
            assertThat(wrongName.articleTitle()).isEqualTo("Night ferries to resume in the Varnholm strait");
            assertThat(wrongName.recorded()).isEqualTo(NOW);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void correctionsAreRefusedForEmptyTextAndOtherOutletsArticles(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Library library = TestLibraries.library(db.dataSource());
            library.store(dispatch());
            library.store(wireCopy());
            JdbcCorrections corrections = corrections(library, JdbcClient.create(db.dataSource()), NOW);

            assertThatThrownBy(() -> corrections.add("ferry-dispatch", CorrectionKind.CORRECTION, "", "e"))
                    .isInstanceOf(InvalidChange.class);
            assertThatThrownBy(() -> corrections.add("wire-copy", CorrectionKind.CORRECTION, "Not ours.", "e"))
                    .isInstanceOf(PublishedArticles.ArticleNotFound.class);
            assertThatThrownBy(() -> CorrectionKind.ofCode("retraction")).isInstanceOf(InvalidChange.class);
            assertThat(corrections.latest(10)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void updatesAndCorrectionsGoToTheAuditLogWithTheirEditor(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Library library = TestLibraries.library(db.dataSource());
            library.store(dispatch());
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            RecordedAudit audit = new RecordedAudit();
            PublishedArticles articles = new PublishedArticles(library, clock);

            KnownTips tips = new KnownTips().with(9, "ferry-dispatch");
            new UpdateDesk(library, articles, audit, tips, clock).append("ferry-dispatch",
                    new NewUpdate("Sailed.", Placement.TOP, null, "9"), "ed@parallax.example", 7);
            Correction note = new JdbcCorrections(JdbcClient.create(db.dataSource()), articles, audit, clock)
                    .add("ferry-dispatch", CorrectionKind.CLARIFICATION, "Night only.", "ed@parallax.example");

            assertThat(tips.used).as("the credited tip is marked used").containsExactly(9L);
            assertThat(audit.lines).containsExactly("ed@parallax.example append update ferry-dispatch: top, tip 9",
                    "ed@parallax.example add clarification ferry-dispatch: note " + note.id());
        }
    }

    private static UpdateDesk desk(Library library) {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return new UpdateDesk(library, new PublishedArticles(library, clock), new RecordedAudit(), new KnownTips(), clock);
    }

    private static JdbcCorrections corrections(Library library, JdbcClient jdbc, Instant now) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        return new JdbcCorrections(jdbc, new PublishedArticles(library, clock), new RecordedAudit(), clock);
    }

    static ArticleDraft dispatch() {
        return own("ferry-dispatch", "https://parallax.example/news/ferries", "Night ferries to resume in the Varnholm strait",
                PUBLISHED);
    }

    static ArticleDraft second() {
        return own("ferry-second", "https://parallax.example/news/ferry-vote", "The strait council votes on fares",
                PUBLISHED);
    }

    static ArticleDraft scheduled() {
        return own("ferry-preview", "https://parallax.example/news/ferry-preview", "What to watch at the ferry talks",
                NOW.plusSeconds(3600));
    }

    static ArticleDraft wireCopy() {
        return new ArticleDraft("wire-copy", "https://meridian-wire.example/ferries", "Meridian Wire", "Ferries resume",
                null, null, ArticleKind.NEWS, null, "en", PUBLISHED, null,
                List.of(new Block.Paragraph("The ferries resume, the wire says.")));
    }

    private static ArticleDraft own(String id, String url, String title, Instant published) {
        return new ArticleDraft(id, url, "Parallax", title, "Both shores agree", "Ilse Marchetti", ArticleKind.NEWS,
                AccessLevel.SUBSCRIBERS, "en", published, null,
                List.of(new Block.Paragraph("Negotiators agreed on Friday to resume the night ferries."),
                        new Block.Paragraph("The harbour commissioner called it a modest step.")));
    }
}
