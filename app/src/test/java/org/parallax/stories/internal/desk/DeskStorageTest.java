package org.parallax.stories.internal.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.TestDatabases;
import org.parallax.TestDatabases.Kind;
import org.parallax.TestDatabases.TestDatabase;
import org.parallax.library.ArticleDraft;
import org.parallax.library.ArticleFilter;
import org.parallax.library.ArticleKind;
import org.parallax.library.Block;
import org.parallax.library.Library;
import org.parallax.library.internal.TestLibraries;
import org.parallax.stories.EntityFinder;
import org.parallax.stories.NamedEntity;
import org.parallax.stories.StoryFixtures;
import org.parallax.stories.StoryMembership;
import org.parallax.stories.internal.entities.EntityFinders;
import org.parallax.stories.internal.quotes.QuoteFinders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The desk's storage on SQLite and PostgreSQL, and two desks (two app nodes) filing the same library at once. */
class DeskStorageTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void twoDesksFilingAtOnceFileEveryArticleExactlyOnce(Kind kind) throws Exception {
        try (TestDatabase database = TestDatabases.create(kind, folder)) {
            Library library = TestLibraries.library(database.dataSource());
            StoryFixtures.store(library);
            StoryDesk first = desk(library, database.dataSource());
            StoryDesk second = desk(library, database.dataSource());

            try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
                List<Future<Integer>> runs = new ArrayList<>();
                for (StoryDesk desk : List.of(first, second)) {
                    runs.add(nodes.submit(fileUntilDone(desk, library)));
                }
                for (Future<Integer> run : runs) {
                    assertThat(run.get()).isPositive();
                }
            }

            StoryRecords records = new StoryRecords(JdbcClient.create(database.dataSource()));
            List<StoryMembership> members = new ArrayList<>();
            records.memberships(members::add);
            assertThat(members).extracting(StoryMembership::articleId).doesNotHaveDuplicates()
                    .hasSize(library.articles(ArticleFilter.latest(100)).size());
            long story = records.storyOf(StoryFixtures.WIRE_ID).orElseThrow().storyId();
            assertThat(records.storyOf(StoryFixtures.COPY_ID).orElseThrow().storyId()).isEqualTo(story);
            assertThat(records.story(story).orElseThrow().articles()).isGreaterThanOrEqualTo(2);
            assertThat(records.entitiesOfArticle(StoryFixtures.WIRE_ID)).extracting(NamedEntity::name).contains("Ilse Varga");
            assertThat(records.quotesIn(story)).isNotEmpty();
            assertThat(first.filedUpTo()).isEqualTo(library.lastChange());

            // a restarted node's desk carries on from the mark and the saved state: the later report is filed once
            library.store(new ArticleDraft("desk-storage-later-report", "https://harbour-wire.example/tellan-bridge-tolls",
                    "Harbour Wire", "Kestria and Dunmoor settle Tellan bridge tolls", null, null, ArticleKind.NEWS, null, "en",
                    StoryFixtures.MORNING.plusSeconds(8 * 3600), null, List.of(new Block.Paragraph(
                            "A day after Kestria and Dunmoor agreed to rebuild the Tellan bridge, the only road crossing "
                                    + "between the two countries since a flood three years ago, Ilse Varga, Kestria's transport "
                                    + "minister, and Pavel Orlin, Dunmoor's envoy, met again in Port Asher to settle the tolls the "
                                    + "bridge will charge lorries, and the approach roads Dunmoor will pay for."))));
            StoryDesk restarted = desk(library, database.dataSource());
            fileUntilDone(restarted, library).call();
            assertThat(records.storyOf("desk-storage-later-report")).isPresent();
            List<StoryMembership> after = new ArrayList<>();
            records.memberships(after::add);
            assertThat(after).hasSize(members.size() + 1).extracting(StoryMembership::articleId).doesNotHaveDuplicates();
            assertThat(restarted.filedUpTo()).isEqualTo(library.lastChange());
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anArticleThatCannotBeFiledIsPassedOverAndTheRestAreFiled(Kind kind) throws Exception {
        try (TestDatabase database = TestDatabases.create(kind, folder)) {
            Library library = TestLibraries.library(database.dataSource());
            StoryFixtures.store(library);
            library.store(new ArticleDraft("desk-storage-poison", "https://harbour-wire.example/poison", "Harbour Wire",
                    "Poison for the finder", null, null, ArticleKind.NEWS, null, "en", StoryFixtures.MORNING, null,
                    List.of(new Block.Paragraph("A finder with a bug breaks on this article."))));
            StoryFixtures.storeLater(library);
            EntityFinder rules = EntityFinders.rules();
            EntityFinder breaksOnPoison = (title, paragraphs) -> {
                if (title.startsWith("Poison")) {
                    throw new IllegalStateException("a bug in the finder");
                }
                return rules.mentions(title, paragraphs);
            };
            JdbcClient jdbc = JdbcClient.create(database.dataSource());
            StoryDesk desk = new StoryDesk(library, new DeskLedger(jdbc), new EntityFiling(new JdbcTemplate(database.dataSource())),
                    new StoryFiling(jdbc), new TransactionTemplate(new DataSourceTransactionManager(database.dataSource())),
                    breaksOnPoison, QuoteFinders.standard(), QuoteFinders.speakerLinks(),
                    new StoryDeskProperties(Duration.ofSeconds(2), 200, Duration.ofDays(1), Duration.ofSeconds(30)));

            fileUntilDone(desk, library).call();

            StoryRecords records = new StoryRecords(jdbc);
            assertThat(desk.filedUpTo()).isEqualTo(library.lastChange());
            assertThat(records.storyOf("desk-storage-poison")).isEmpty();
            assertThat(records.storyOf(StoryFixtures.WIRE_ID)).isPresent();
            assertThat(records.storyOf(StoryFixtures.LATER_ID)).as("filed after the poison").isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anArticleMovedBetweenStoriesTakesItsCopiesAlongAndAnEmptiedStoryGoes(Kind kind) throws Exception {
        try (TestDatabase database = TestDatabases.create(kind, folder)) {
            Library library = TestLibraries.library(database.dataSource());
            StoryFixtures.store(library);
            fileUntilDone(desk(library, database.dataSource()), library).call();
            JdbcClient jdbc = JdbcClient.create(database.dataSource());
            StoryRecords records = new StoryRecords(jdbc);
            StoryFiling filing = new StoryFiling(jdbc);
            long bridge = records.storyOf(StoryFixtures.WIRE_ID).orElseThrow().storyId();
            long harvest = records.storyOf(StoryFixtures.HARVEST_ID).orElseThrow().storyId();
            long opened = filing.lastStoryId() + 1;
            TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(database.dataSource()));

            transactions.executeWithoutResult(status -> {
                filing.move(StoryFixtures.WIRE_ID, bridge, opened, true);
                filing.move(StoryFixtures.HARVEST_ID, harvest, opened, false);
                List<Long> touched = new ArrayList<>(List.of(bridge, harvest, opened));
                touched.removeAll(filing.dropEmpty(touched));
                filing.refresh(touched);
            });

            assertThat(records.storyOf(StoryFixtures.WIRE_ID).orElseThrow().storyId()).isEqualTo(opened);
            assertThat(records.storyOf(StoryFixtures.COPY_ID).orElseThrow().storyId()).as("the copy goes with its original").isEqualTo(opened);
            assertThat(records.storyOf(StoryFixtures.HARVEST_ID).orElseThrow().storyId()).isEqualTo(opened);
            assertThat(records.story(opened).orElseThrow().articles()).isEqualTo(3);
            assertThat(records.story(opened).orElseThrow().outlets()).isEqualTo(1);
            assertThat(records.story(harvest)).as("emptied, so gone").isEmpty();
            assertThat(records.story(bridge).orElseThrow().articles()).isEqualTo(records.articleIds(bridge).size());
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aPeriodsWidestStoriesComeFirstAndItsEntitiesAreCountedOverOriginalsOnly(Kind kind) throws Exception {
        try (TestDatabase database = TestDatabases.create(kind, folder)) {
            Library library = TestLibraries.library(database.dataSource());
            StoryFixtures.store(library);
            fileUntilDone(desk(library, database.dataSource()), library).call();
            StoryRecords records = new StoryRecords(JdbcClient.create(database.dataSource()));
            java.time.Instant day = StoryFixtures.MORNING;
            long bridge = records.storyOf(StoryFixtures.WIRE_ID).orElseThrow().storyId();
            long harvest = records.storyOf(StoryFixtures.HARVEST_ID).orElseThrow().storyId();

            List<org.parallax.stories.Story> widest = records.widestStories(day, day.plus(Duration.ofDays(1)), 10);
            assertThat(widest.getFirst().id()).isEqualTo(bridge);
            assertThat(widest.getFirst().outlets()).as("the copy's outlet is not counted").isEqualTo(4);
            assertThat(widest).extracting(org.parallax.stories.Story::id).contains(harvest);
            assertThat(records.widestStories(day.minus(Duration.ofDays(2)), day.minus(Duration.ofDays(1)), 10)).isEmpty();
            assertThat(records.widestStories(day, day.plus(Duration.ofDays(1)), 1)).hasSize(1);

            java.util.Map<String, Integer> named = new java.util.HashMap<>();
            records.entitiesNamedBetween(day, day.plus(Duration.ofDays(1)), 50)
                    .forEach(count -> named.put(count.entity().name(), count.articles()));
            // The wire, the Ledger and the Post name her; the Valley Times copy and the gated body do not count.
            assertThat(named).containsEntry("Ilse Varga", 3).containsKey("Aino Hallberg");
            assertThat(records.entitiesNamedBetween(day.plus(Duration.ofDays(1)), day.plus(Duration.ofDays(2)), 50)).isEmpty();
            assertThat(records.entitiesNamedBetween(day, day.plus(Duration.ofDays(1)), 2)).hasSize(2);
        }
    }

    private static Callable<Integer> fileUntilDone(StoryDesk desk, Library library) {
        return () -> {
            int rounds = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (desk.filedUpTo() < library.lastChange() && System.nanoTime() < deadline) {
                desk.fileNextBatch();
                rounds++;
            }
            return Math.max(rounds, 1);
        };
    }

    /** A desk as one app node builds it, with a batch of two so the nodes take turns. */
    private static StoryDesk desk(Library library, DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        return new StoryDesk(library, new DeskLedger(jdbc), new EntityFiling(new JdbcTemplate(dataSource)), new StoryFiling(jdbc),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), EntityFinders.rules(), QuoteFinders.standard(), QuoteFinders.speakerLinks(),
                new StoryDeskProperties(Duration.ofSeconds(2), 2, Duration.ofDays(1), Duration.ofSeconds(30)));
    }
}
