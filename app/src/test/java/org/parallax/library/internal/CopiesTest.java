package org.parallax.library.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.TestDatabases;
import org.parallax.TestDatabases.Kind;
import org.parallax.TestDatabases.TestDatabase;
import org.parallax.library.Article;
import org.parallax.library.ArticleDraft;
import org.parallax.library.ArticleFilter;
import org.parallax.library.ArticleKind;
import org.parallax.library.Block;
import org.parallax.library.Library;

/** A syndicated or lightly edited copy is linked to the first copy; other stories are not. */
class CopiesTest {

    private static final String WIRE = """
            OSTERBY, March 13 (Meridian) - Envoys from Osterby and Lunmark agreed on Friday to resume night ferry \
            crossings of the Varnholm strait from April, officials on both sides said after two days of talks.
            The crossings were suspended four years ago amid a dispute over customs inspections at the piers, \
            and trade in the pier towns has fallen by a third since then, according to the fishing cooperatives.
            Under the accord, six crossings a night will run on two routes, with joint inspection teams at both \
            piers. Lunmark's transport minister said the teams would begin work within a month.
            "It is a modest step, but a real one," the Osterby harbour commissioner, Agnete Solberg, told reporters.""";

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theSameWireStoryOnAnotherSiteUnderAnotherHeadlineIsACopyOfTheFirst(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Library library = LibraryFixtures.library(db.dataSource());
            Article first = library.store(draft("https://meridian-wire.example/ferries", "Meridian Wire",
                    "Envoys agree to resume Varnholm night ferries", WIRE)).article();
            String trimmed = WIRE.substring(0, WIRE.lastIndexOf('\n'));

            Article copy = library.store(draft("https://coastal-daily.example/world/ferries-back", "Coastal Daily",
                    "Night ferries to return to the Varnholm strait", trimmed)).article();

            assertThat(copy.copyOf()).isEqualTo(first.id());
            assertThat(first.isCopy()).isFalse();
            assertThat(library.copiesOf(first.id())).extracting(a -> a.outlet().name()).containsExactly("Coastal Daily");
            assertThat(library.articles(ArticleFilter.latest(10).originalsOnly())).extracting(Article::id)
                    .containsExactly(first.id());
            assertThat(library.articles(ArticleFilter.latest(10))).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aTemplateReportWithOtherFiguresIsNotACopy(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Library library = LibraryFixtures.library(db.dataSource());
            library.store(draft("https://meridian-wire.example/ferries", "Meridian Wire", "Ferries", WIRE));

            Article other = library.store(draft("https://meridian-wire.example/ferries-2", "Meridian Wire", "Ferries again",
                    WIRE.replace("six crossings", "eight crossings").replace("fallen by a third", "fallen by 40 percent")
                            .replace("March 13", "March 20"))).article();

            assertThat(other.isCopy()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aStoryOnTheSameEventInOtherWordsAndAShortBriefAreNotCopies(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Library library = LibraryFixtures.library(db.dataSource());
            library.store(draft("https://meridian-wire.example/ferries", "Meridian Wire", "Ferries", WIRE));
            library.store(draft("https://meridian-wire.example/brief", "Meridian Wire", "Brief", "Ferries to resume in April."));

            Article retold = library.store(draft("https://northern-ledger.example/thaw", "The Northern Ledger", "A thaw",
                    "For four winters the Varnholm piers stood dark after sunset. Friday's agreement between Osterby "
                            + "and Lunmark lights them again, and both capitals deserve some credit for climbing down from "
                            + "a quarrel about inspections that cost the pier towns a third of their trade. The accord is a "
                            + "thaw, not a friendship: the joint committee that will write the inspection rules has a long "
                            + "history of deadlock, and the fishing cooperatives will be watching it closely.")).article();
            Article brief = library.store(draft("https://coastal-daily.example/brief", "Coastal Daily", "Brief",
                    "Ferries to resume in April.")).article();

            assertThat(retold.isCopy()).isFalse();
            assertThat(brief.isCopy()).as("too short to tell a copy from a coincidence").isFalse();
        }
    }

    private static ArticleDraft draft(String url, String outlet, String title, String text) {
        List<Block> body = Arrays.stream(text.split("\n")).<Block>map(Block.Paragraph::new).toList();
        return new ArticleDraft(null, url, outlet, title, null, null, ArticleKind.NEWS, null, "en",
                Instant.parse("2026-03-13T17:40:00Z"), null, body);
    }
}
