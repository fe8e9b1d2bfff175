package org.parallax.newsroom.internal.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.TestDatabases;
import org.parallax.TestDatabases.Kind;
import org.parallax.TestDatabases.TestDatabase;
import org.parallax.newsroom.Listing;
import org.parallax.newsroom.Listings;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Published articles by author, section and tag, read from the newsroom's rows on SQLite and PostgreSQL. */
class ListingsTest {

    static final Instant MORNING = Instant.parse("2026-03-14T07:30:00Z");

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anAuthorsPublishedArticlesAreListedNewestFirstAndDraftsAreNot(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            JdbcClient jdbc = JdbcClient.create(db.dataSource());
            ListingFixtures.file(jdbc, "summit", "published", "Maren Idowu, Tobias Reinholt", "Water", "Lake Orsava", MORNING);
            ListingFixtures.file(jdbc, "sluices", "published", "Tobias Reinholt", "Water, Politics", "lake orsava",
                    MORNING.plusSeconds(3600));
            ListingFixtures.file(jdbc, "ferries", "draft", "Maren Idowu", "Water", "", MORNING.plusSeconds(7200));
            Listings listings = new JdbcListings(jdbc);

            Listing maren = listings.listing(Listing.Kind.AUTHOR, "maren-idowu", 10).orElseThrow();
            assertThat(maren.name()).isEqualTo("Maren Idowu");
            assertThat(maren.articleIds()).containsExactly("summit");
            assertThat(maren.path()).isEqualTo("/authors/maren-idowu");
            assertThat(listings.listing(Listing.Kind.SECTION, "water", 10).orElseThrow().articleIds())
                    .containsExactly("sluices", "summit");
            assertThat(listings.listing(Listing.Kind.SECTION, "water", 1).orElseThrow().articleIds()).containsExactly("sluices");
            assertThat(listings.listing(Listing.Kind.TAG, "lake-orsava", 10).orElseThrow().articleIds())
                    .as("one tag however it was typed").containsExactly("sluices", "summit");
            assertThat(listings.listing(Listing.Kind.TAG, "water", 10)).as("a section is not a tag").isEmpty();
            assertThat(listings.listing(Listing.Kind.AUTHOR, "nobody", 10)).isEmpty();
            assertThat(listings.namesOf("summit", Listing.Kind.AUTHOR)).containsExactly("Maren Idowu", "Tobias Reinholt");
            assertThat(listings.namesOf("ferries", Listing.Kind.AUTHOR)).as("drafts are nobody's yet").isEmpty();
        }
    }

    @Test
    void slugsAreLowerCaseAsciiWithDashes() {
        assertThat(Listing.slug("Zoë Ødegård, Jr.")).isEqualTo("zoe-odegard-jr");
        assertThat(Listing.slug("  Middle East & North Africa ")).isEqualTo("middle-east-north-africa");
        assertThat(Listing.slug("<script>")).isEqualTo("script");
    }
}
