package org.parallax.site.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.SignedIn;
import org.parallax.WebFixtures;
import org.parallax.WebTest;
import org.parallax.newsroom.internal.outputs.ListingFixtures;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Author, section and tag pages and their feeds: headlines and teasers only, whoever asks. */
class ListingPagesTest extends WebTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Readers readers;

    private String author;

    @BeforeEach
    void fileTheFixturesUnderAnAuthorSectionAndTag() {
        // A unique author per test: the shared database keeps the rows of earlier tests.
        author = "Maren Idowu " + UUID.randomUUID().toString().substring(0, 6);
        ListingFixtures.file(jdbc, WebFixtures.FREE_ID + "-" + author, "draft", author, "Water", "Lake Orsava", Instant.now());
        jdbc.sql("delete from newsroom_article where article_id in (?, ?)").params(WebFixtures.FREE_ID, WebFixtures.GATED_ID).update();
        ListingFixtures.file(jdbc, WebFixtures.FREE_ID, "published", author, "Water", "Lake Orsava", WebFixtures.SUMMIT_MORNING);
        ListingFixtures.file(jdbc, WebFixtures.GATED_ID, "published", author + ", Tobias Reinholt", "Water, Politics", "Lake Orsava",
                WebFixtures.SUMMIT_MORNING.plusSeconds(7200));
    }

    /** Other tests read the fixtures' metadata as the library alone describes them. */
    @AfterEach
    void unfile() {
        jdbc.sql("delete from newsroom_article where article_id in (?, ?)").params(WebFixtures.FREE_ID, WebFixtures.GATED_ID).update();
    }

    @Test
    void anAuthorsPageListsTheirArticlesNewestFirstWithoutBodyText() throws Exception {
        String page = mvc.perform(get("/authors/" + slug())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1>" + author + "</h1>", "/authors/" + slug() + "/feed.xml")
                .doesNotContain(WebFixtures.GATED_WORD);
        assertThat(page.indexOf("Inside the sluice deal")).isLessThan(page.indexOf("What the Orsava summit means"));
    }

    @Test
    void sectionAndTagPagesListTheirArticles() throws Exception {
        assertThat(mvc.perform(get("/sections/politics")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Inside the sluice deal").doesNotContain("What the Orsava summit means");
        assertThat(mvc.perform(get("/tags/lake-orsava")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Tagged: Lake Orsava", "Inside the sluice deal", "What the Orsava summit means");
        mvc.perform(get("/tags/no-such-tag")).andExpect(status().isNotFound());
        mvc.perform(get("/authors/nobody-at-all/feed.xml")).andExpect(status().isNotFound());
    }

    @Test
    void authorAndSectionFeedsCarryTeasersOfGatedArticlesEvenToASubscribersBrowser() throws Exception {
        Cookie staff = SignedIn.as(mvc, readers, "listing-editor-" + UUID.randomUUID() + "@parallax.example", Role.EDITOR);
        for (String feed : new String[] {"/authors/" + slug() + "/feed.xml", "/authors/" + slug() + "/atom.xml",
                "/sections/water/feed.xml", "/sections/water/atom.xml"}) {
            String body = mvc.perform(get(feed).cookie(staff)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(body).as(feed).contains("Inside the sluice deal", "Shortly before midnight")
                    .doesNotContain(WebFixtures.GATED_WORD);
        }
    }

    @Test
    void anArticlesJsonLdNamesItsAuthorsWithTheirPagesAndItsSections() throws Exception {
        String page = mvc.perform(get("/articles/" + WebFixtures.GATED_ID)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String jsonLd = page.substring(page.indexOf("application/ld+json"), page.indexOf("</script>", page.indexOf("application/ld+json")));

        assertThat(jsonLd).contains("\"name\":\"" + author + "\"", "/authors/" + slug() + "\"", "\"name\":\"Tobias Reinholt\"",
                "/authors/tobias-reinholt", "\"articleSection\":[\"Water\",\"Politics\"]", "\"keywords\":[\"Lake Orsava\"]",
                "\"dateModified\"");
    }

    private String slug() {
        return org.parallax.newsroom.Listing.slug(author);
    }
}
