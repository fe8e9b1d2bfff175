package org.parallax.reviews.internal.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.TestDatabases;
import org.parallax.TestDatabases.TestDatabase;
import org.parallax.library.Library;
import org.parallax.reviews.EditionComposer;
import org.parallax.reviews.EditionContent;
import org.parallax.reviews.Review;
import org.parallax.reviews.internal.EditorsHand;
import org.parallax.reviews.internal.EditorsHand.NoteKind;
import org.parallax.stories.Stories;
import org.parallax.stories.StoryFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole composition, editors' hand included, on PostgreSQL, the production database. */
@SpringBootTest
class ReviewComposerOnPostgresTest {

    @TempDir
    static Path data;

    private static TestDatabase database;

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry registry) {
        database = TestDatabases.postgresql();
        registry.add("parallax.data", data::toString);
        registry.add("parallax.database.url", database::url);
        registry.add("parallax.feeds.seed-defaults", () -> "false");
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Autowired
    Library library;

    @Autowired
    Stories stories;

    @Autowired
    EditorsHand hand;

    @Autowired
    EditionComposer composer;

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void theDailyReviewIsComposedWithThePinsAndOurTakeOnPostgresql() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        StoryFixtures.store(library);
        assertThat(stories.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        long bridge = stories.storyOf(StoryFixtures.WIRE_ID).orElseThrow().storyId();
        long harvest = stories.storyOf(StoryFixtures.HARVEST_ID).orElseThrow().storyId();
        LocalDate wednesday = ReviewComposerTest.DAY_AFTER_THE_DEAL;

        EditionContent ranked = composer.compose(Review.DAILY, wednesday);
        hand.pin(Review.DAILY, wednesday, harvest, 0);
        hand.write(Review.DAILY, wednesday, NoteKind.OUR_TAKE, "Watch the grain exchange in Lorvik.", 0);
        EditionContent pinned = composer.compose(Review.DAILY, wednesday);

        assertThat(ranked.html().indexOf("/stories/" + bridge)).isPositive().isLessThan(ranked.html().indexOf("/stories/" + harvest));
        assertThat(pinned.html().indexOf("/stories/" + harvest)).isLessThan(pinned.html().indexOf("/stories/" + bridge));
        assertThat(pinned.html()).contains("Watch the grain exchange in Lorvik.", "On our radar", "Pavel Orlin",
                "What the Tellan bridge deal leaves unsaid").doesNotContain(StoryFixtures.GATED_WORD);
        assertThat(pinned.text()).doesNotContain(StoryFixtures.GATED_WORD);
    }
}
