package org.parallax.library.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parallax.library.internal.LibraryFixtures.ownAnalysis;
import static org.parallax.library.internal.LibraryFixtures.wireReport;

import java.nio.file.Path;
import java.util.ArrayList;
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
import org.parallax.library.ArticleFilter;
import org.parallax.library.ArticleKind;
import org.parallax.library.ArticleStored;
import org.parallax.library.Edit;
import org.parallax.library.Block;
import org.parallax.library.InvalidArticle;
import org.parallax.library.InvalidOutlet;
import org.parallax.library.Outlet;
import org.parallax.library.TextOrigin;
import org.parallax.library.Library;
import org.parallax.library.Library.BatchItem;
import org.parallax.library.LibraryChange;
import org.parallax.library.Revision;
import org.parallax.library.StoreOutcome;
import org.parallax.library.Stored;

/** The library on both databases it runs on: the same behaviour, byte for byte. */
class LibraryRepositoryTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void storesAnArticleWithItsOutletAndReadsItBackWhole(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Library library = LibraryFixtures.library(db.dataSource());

            Stored stored = library.store(ownAnalysis());

            assertThat(stored.outcome()).isEqualTo(StoreOutcome.ADDED);
            Article article = library.article("strait-analysis").orElseThrow();
            assertThat(article.outlet().own()).isTrue();
            assertThat(article.kind()).isEqualTo(ArticleKind.ANALYSIS);
            assertThat(article.access()).isEqualTo(AccessLevel.SUBSCRIBERS);
            assertThat(article.body()).isEqualTo(ownAnalysis().body());
            assertThat(article.body().get(2)).isInstanceOf(Block.BlockQuote.class);
            assertThat(((Block.BlockQuote) article.body().get(2)).source().name()).isEqualTo("Meridian Wire");
            assertThat(article.published()).isEqualTo(ownAnalysis().published());
            assertThat(article.revision()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void externalArticlesGetACanonicalUrlAReadableIdAndNoAccessLevel(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Library library = LibraryFixtures.library(db.dataSource());

            Article article = library.store(wireReport()).article();

            assertThat(article.url()).isEqualTo("https://meridian-wire.example/world/strait-talks");
            assertThat(article.id()).startsWith("envoys-reach-a-ferry-accord-in-the-varnholm-strait-");
            assertThat(article.access()).isNull();
            assertThat(article.outlet().own()).isFalse();
            assertThat(article.outlet().homeUrl()).isEqualTo("https://meridian-wire.example/");
            assertThat(library.outlets()).extracting(o -> o.slug()).containsExactly("meridian-wire");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void storingTheSameArticleAgainChangesNothing(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            List<ArticleStored> events = new ArrayList<>();
            Library library = LibraryFixtures.library(db.dataSource(), events);
            library.store(wireReport());

            Stored again = library.store(wireReport());

            assertThat(again.outcome()).isEqualTo(StoreOutcome.UNCHANGED);
            assertThat(library.articleCount()).isEqualTo(1);
            assertThat(library.lastChange()).isEqualTo(1);
            assertThat(events).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aChangedHeadlineKeepsTheEarlierVersionAsARevision(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Library library = LibraryFixtures.library(db.dataSource());
            Article first = library.store(wireReport()).article();
            ArticleDraft retitled = withTitle(wireReport(), "Envoys agree to restart the Varnholm night ferries");

            Stored updated = library.store(retitled);

            assertThat(updated.outcome()).isEqualTo(StoreOutcome.UPDATED);
            assertThat(updated.article().id()).isEqualTo(first.id());
            assertThat(updated.article().revision()).isEqualTo(2);
            assertThat(updated.article().updated()).isNotNull();
            List<Revision> revisions = library.revisions(first.id());
            assertThat(revisions).extracting(Revision::number).containsExactly(1, 2);
            assertThat(revisions).extracting(Revision::title)
                    .containsExactly(first.title(), "Envoys agree to restart the Varnholm night ferries");
            assertThat(library.changesSince(0, 10)).extracting(LibraryChange::sequence).containsExactly(1L, 2L);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void eachVersionKeepsTheEditorTheNoteAndTheMinorFlagThatMadeIt(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Library library = LibraryFixtures.library(db.dataSource());
            Article first = library.store(ownAnalysis(), new Edit("ana.editor@parallax.example", null, false)).article();
            ArticleDraft retitled = withTitle(ownAnalysis(), "The strait accord is fragile");
            library.store(retitled, new Edit("ben.editor@parallax.example", "The talks stalled overnight", false));
            ArticleDraft typoFixed = withDek(retitled, "A corrected dek");

            Stored stored = library.store(typoFixed, new Edit("ana.editor@parallax.example", "  ", true));

            assertThat(stored.article().revision()).isEqualTo(3);
            List<Revision> revisions = library.revisions(first.id());
            assertThat(revisions).extracting(Revision::number).containsExactly(1, 2, 3);
            assertThat(revisions).extracting(Revision::author).containsExactly(
                    "ana.editor@parallax.example", "ben.editor@parallax.example", "ana.editor@parallax.example");
            assertThat(revisions).extracting(Revision::note).containsExactly(null, "The talks stalled overnight", null);
            assertThat(revisions).extracting(Revision::minor).containsExactly(false, false, true);
            assertThat(revisions).extracting(Revision::dek).containsExactly(first.dek(), first.dek(), "A corrected dek");
            assertThat(revisions.get(1).title()).isEqualTo("The strait accord is fragile");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void importsStoreUnsignedVersionsAndAnUnchangedDraftMakesNoRevision(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Library library = LibraryFixtures.library(db.dataSource());
            library.store(wireReport());

            Stored again = library.store(wireReport(), new Edit("ana.editor@parallax.example", "nothing new", false));

            assertThat(again.outcome()).isEqualTo(StoreOutcome.UNCHANGED);
            assertThat(library.revisions(again.article().id())).singleElement()
                    .satisfies(only -> {
                        assertThat(only.author()).isNull();
                        assertThat(only.note()).isNull();
                        assertThat(only.minor()).isFalse();
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aWithdrawnArticleIsGoneFromEveryListingAndTheChangeLogSaysSo(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            List<ArticleStored> events = new ArrayList<>();
            Library library = LibraryFixtures.library(db.dataSource(), events);
            Article article = library.store(ownAnalysis()).article();
            library.store(withTitle(ownAnalysis(), "A second headline"), new Edit("ana.editor@parallax.example", null, false));
            library.store(wireReport());

            boolean withdrawn = library.withdraw(article.id());

            assertThat(withdrawn).isTrue();
            assertThat(library.article(article.id())).isEmpty();
            assertThat(library.revisions(article.id())).isEmpty();
            assertThat(library.articles(ArticleFilter.latest(10))).extracting(Article::id).doesNotContain(article.id());
            assertThat(library.stamps(10)).extracting(stamp -> stamp.id()).doesNotContain(article.id());
            LibraryChange last = library.changesSince(library.lastChange() - 1, 10).getFirst();
            assertThat(last.articleId()).isEqualTo(article.id());
            assertThat(last.article()).isEmpty();
            assertThat(events.getLast().outcome()).isEqualTo(StoreOutcome.WITHDRAWN);
            assertThat(library.withdraw(article.id())).isFalse();
            assertThat(library.store(ownAnalysis()).outcome()).isEqualTo(StoreOutcome.ADDED);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anArticleWithdrawnAndStoredAgainKeepsItsHistory(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Library library = LibraryFixtures.library(db.dataSource());
            Article article = library.store(ownAnalysis(), new Edit("ana.editor@parallax.example", null, false)).article();
            library.store(withTitle(ownAnalysis(), "A second headline"), new Edit("ben.editor@parallax.example", "Sharper", false));
            library.withdraw(article.id());

            Article back = library.store(withTitle(ownAnalysis(), "A third headline"),
                    new Edit("ana.editor@parallax.example", "Back on the site", false)).article();

            assertThat(back.revision()).isEqualTo(3);
            assertThat(library.revisions(article.id())).extracting(Revision::number, Revision::title, Revision::author)
                    .containsExactly(tuple(1, article.title(), "ana.editor@parallax.example"),
                            tuple(2, "A second headline", "ben.editor@parallax.example"),
                            tuple(3, "A third headline", "ana.editor@parallax.example"));
            library.withdraw(article.id());
            assertThat(library.store(withTitle(ownAnalysis(), "A fourth headline")).article().revision())
                    .as("withdrawn twice, the history still goes on").isEqualTo(4);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anotherOutletsArticleCannotBeWithdrawn(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Library library = LibraryFixtures.library(db.dataSource());
            Article wire = library.store(wireReport()).article();

            assertThatThrownBy(() -> library.withdraw(wire.id())).isInstanceOf(InvalidArticle.class);
            assertThat(library.article(wire.id())).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aBatchStoresTheGoodDraftsAndReportsTheBadOnes(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Library library = LibraryFixtures.library(db.dataSource());
            ArticleDraft noTitle = withTitle(wireReport(), "  ");
            ArticleDraft relativeUrl = new ArticleDraft(null, "/world/strait", "Meridian Wire", "A title", null, null,
                    null, null, null, LibraryFixtures.MORNING, null, List.of(new Block.Paragraph("Text.")));

            List<BatchItem> items = library.storeAll(List.of(wireReport(), noTitle, relativeUrl, ownAnalysis()));

            assertThat(items).extracting(item -> item.error().orElse("ok"))
                    .containsExactly("ok", "title is empty", "url must be absolute (https://...): /world/strait", "ok");
            assertThat(library.articleCount()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anIdAlreadyTakenByAnotherUrlIsRefusedWithoutTouchingTheFirst(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Library library = LibraryFixtures.library(db.dataSource());
            library.store(ownAnalysis());
            ArticleDraft clash = new ArticleDraft("strait-analysis", "https://parallax.example/other", "Parallax",
                    "Another piece", null, null, null, null, null, LibraryFixtures.MORNING, null,
                    List.of(new Block.Paragraph("Different text.")));

            assertThatThrownBy(() -> library.store(clash)).isInstanceOf(InvalidArticle.class)
                    .hasMessage("id strait-analysis already belongs to another article");
            assertThat(library.article("strait-analysis").orElseThrow().title()).isEqualTo(ownAnalysis().title());
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void listsNewestFirstFilteredByOwnershipOutletAndKind(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Library library = LibraryFixtures.library(db.dataSource());
            library.storeAll(List.of(wireReport(), ownAnalysis()));

            assertThat(library.articles(ArticleFilter.latest(10))).extracting(Article::id)
                    .first().isEqualTo("strait-analysis");
            assertThat(library.articles(ArticleFilter.latest(10).externalOnly())).hasSize(1);
            assertThat(library.articles(ArticleFilter.latest(10).ofKind(ArticleKind.ANALYSIS))).hasSize(1);
            assertThat(library.articles(ArticleFilter.latest(10).fromOutlet("meridian-wire")))
                    .extracting(a -> a.outlet().name()).containsExactly("Meridian Wire");
            assertThat(library.articlesAfter(0, 1)).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anAdminAddsRenamesAndRemovesAnOutletButNeverOneWithArticles(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Library library = LibraryFixtures.library(db.dataSource());

            Outlet gazette = library.addOutlet("Harbour Gazette", "HTTPS://Harbour-Gazette.example");
            Outlet renamed = library.editOutlet(gazette.slug(), "The Harbour Gazette", "https://harbour-gazette.example/news");
            library.store(wireReport());

            assertThat(gazette.homeUrl()).isEqualTo("https://harbour-gazette.example/");
            assertThat(renamed.name()).isEqualTo("The Harbour Gazette");
            assertThat(renamed.slug()).isEqualTo(gazette.slug());
            assertThatThrownBy(() -> library.addOutlet("the harbour gazette", null)).isInstanceOf(InvalidOutlet.class)
                    .hasMessage("an outlet named the harbour gazette already exists");
            assertThatThrownBy(() -> library.removeOutlet("meridian-wire")).isInstanceOf(InvalidOutlet.class)
                    .hasMessage("Meridian Wire has 1 articles in the library; they are kept, so the outlet stays");
            library.removeOutlet(gazette.slug());
            assertThat(library.outlets()).extracting(Outlet::name).containsExactly("Meridian Wire");
            assertThat(library.addOutlet("Harbour Gazette", null).slug()).isEqualTo("harbour-gazette");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void remembersWhetherTheTextCameFromTheArticleOrFromAFeed(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Library library = LibraryFixtures.library(db.dataSource());
            ArticleDraft d = wireReport();
            ArticleDraft fromFeed = new ArticleDraft(d.id(), d.url(), d.outletName(), d.title(), d.dek(), d.byline(),
                    d.kind(), d.access(), d.language(), d.published(), d.updated(), d.body(), TextOrigin.FEED_SUMMARY);

            Article stored = library.store(fromFeed).article();
            Stored fromPage = library.store(wireReport());

            assertThat(library.article(stored.id()).orElseThrow().textOrigin()).isEqualTo(TextOrigin.SOURCE);
            assertThat(stored.textOrigin()).isEqualTo(TextOrigin.FEED_SUMMARY);
            assertThat(fromPage.outcome()).isEqualTo(StoreOutcome.UPDATED);
        }
    }

    private static ArticleDraft withDek(ArticleDraft d, String dek) {
        return new ArticleDraft(d.id(), d.url(), d.outletName(), d.title(), dek, d.byline(), d.kind(), d.access(),
                d.language(), d.published(), d.updated(), d.body());
    }

    private static ArticleDraft withTitle(ArticleDraft d, String title) {
        return new ArticleDraft(d.id(), d.url(), d.outletName(), title, d.dek(), d.byline(), d.kind(), d.access(),
                d.language(), d.published(), d.updated(), d.body());
    }
}
