package org.parallax.newsroom.internal.tips;

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
import org.parallax.library.ArticleDraft;
import org.parallax.library.ArticleKind;
import org.parallax.library.Block;
import org.parallax.library.Library;
import org.parallax.library.internal.TestLibraries;
import org.parallax.newsroom.InvalidTip;
import org.parallax.newsroom.ReaderTip;
import org.parallax.newsroom.ReaderTips;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Readers' tips as the newsroom keeps them, on SQLite and PostgreSQL. */
class ReaderTipStorageTest {

    static final Instant MORNING = Instant.parse("2026-03-14T07:30:00Z");

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void tipsAreListedNewestFirstWithTheirArticleAndReader(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Desk desk = desk(db);
            ReaderTip first = desk.tips(MORNING).send("ferry-tariffs", desk.ilse, "  The tariff table on page 4 is last year's.  ");
            ReaderTip second = desk.tips(MORNING.plusSeconds(60)).send("ferry-tariffs", desk.otto, "The night ferry is exempt.");

            assertThat(first.text()).as("trimmed").isEqualTo("The tariff table on page 4 is last year's.");
            assertThat(first.sentAt()).isEqualTo(MORNING);
            assertThat(desk.tips(MORNING).newest(10)).extracting(ReaderTip::id).containsExactly(second.id(), first.id());
            assertThat(desk.tips(MORNING).newest(1)).extracting(ReaderTip::readerId).containsExactly(desk.otto);
            assertThat(first.used()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void markingATipUsedKeepsTheFirstEditorAndTime(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Desk desk = desk(db);
            ReaderTip tip = desk.tips(MORNING).send("ferry-tariffs", desk.ilse, "The night ferry is exempt.");

            desk.tips(MORNING.plusSeconds(600)).markUsed(tip.id(), desk.otto);
            desk.tips(MORNING.plusSeconds(900)).markUsed(tip.id(), desk.ilse);

            assertThat(desk.tips(MORNING).tip(tip.id()).orElseThrow().usedAt()).isEqualTo(MORNING.plusSeconds(600));
            assertThat(JdbcClient.create(db.dataSource()).sql("select used_by from reader_tip where id = ?").param(tip.id())
                    .query(Long.class).single()).isEqualTo(desk.otto);
            assertThat(desk.tips(MORNING).tip(tip.id() + 1)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void blankOverlongAndForeignTipsAreRefusedAndNothingIsKept(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Desk desk = desk(db);
            ReaderTips tips = desk.tips(MORNING);

            assertThatThrownBy(() -> tips.send("ferry-tariffs", desk.ilse, " \n ")).isInstanceOf(InvalidTip.class)
                    .hasMessageContaining("Write your tip");
            assertThatThrownBy(() -> tips.send("ferry-tariffs", desk.ilse, "x".repeat(ReaderTips.MOST_CHARACTERS + 1)))
                    .isInstanceOf(InvalidTip.class).hasMessageContaining("at most " + ReaderTips.MOST_CHARACTERS);
            assertThatThrownBy(() -> tips.send("courier-ferries", desk.ilse, "Their figures are wrong."))
                    .isInstanceOf(InvalidTip.class).hasMessageContaining("our own articles");
            assertThatThrownBy(() -> tips.send("no-such-article", desk.ilse, "Hello?")).isInstanceOf(InvalidTip.class);
            assertThat(tips.newest(10)).isEmpty();

            assertThat(tips.send("ferry-tariffs", desk.ilse, "y".repeat(ReaderTips.MOST_CHARACTERS)).text())
                    .as("exactly the limit is kept").hasSize(ReaderTips.MOST_CHARACTERS);
        }
    }

    /** A library with one own and one other outlet's article, and two readers. */
    private record Desk(JdbcClient jdbc, Library library, long ilse, long otto) {

        ReaderTips tips(Instant now) {
            return new JdbcReaderTips(jdbc, library, Clock.fixed(now, ZoneOffset.UTC));
        }
    }

    private static Desk desk(TestDatabase db) {
        Library library = TestLibraries.library(db.dataSource());
        library.store(draft("ferry-tariffs", "https://parallax.example/briefing/ferry-tariffs", "Parallax"));
        library.store(draft("courier-ferries", "https://lakeshore-courier.example/ferries", "Lakeshore Courier"));
        JdbcClient jdbc = JdbcClient.create(db.dataSource());
        return new Desk(jdbc, library, reader(jdbc, "ilse@harbour.example"), reader(jdbc, "otto@harbour.example"));
    }

    private static long reader(JdbcClient jdbc, String email) {
        return jdbc.sql("insert into reader (email, created_at) values (?, ?) returning id").params(email, MORNING.toEpochMilli())
                .query(Long.class).single();
    }

    private static ArticleDraft draft(String id, String url, String outlet) {
        return new ArticleDraft(id, url, outlet, "Ferry tariffs rise on every crossing", "What commuters will pay", "Ilse Probst",
                ArticleKind.ANALYSIS, outlet.equals("Parallax") ? AccessLevel.FREE : null, "en", MORNING.minusSeconds(3600), null,
                List.of(new Block.Paragraph("Ferry tariffs rise next month on every crossing.")));
    }
}
