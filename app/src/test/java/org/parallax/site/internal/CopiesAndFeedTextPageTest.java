package org.parallax.site.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.WebTest;
import org.parallax.library.Article;
import org.parallax.library.ArticleDraft;
import org.parallax.library.ArticleFilter;
import org.parallax.library.ArticleKind;
import org.parallax.library.Block;
import org.parallax.library.TextOrigin;

/** Readers see which outlets ran the same story, and when an article's text came from a feed. */
class CopiesAndFeedTextPageTest extends WebTest {

    private static final String STORY = "The ferry company said on Monday that the night crossing to the islands would "
            + "run twice a week from May, after a winter in which storms cancelled one sailing in three. The harbour "
            + "authority will repaint the pier lights and dredge the channel before the first sailing, and fares stay "
            + "as they were last summer, the company said in a statement read out at the quay.";

    private Article original;
    private Article copy;
    private Article fromFeed;

    @BeforeEach
    void storeTheStories() {
        original = library.store(draft("https://meridian-wire.example/islands-ferry", "Meridian Wire",
                "Island ferry to sail twice a week", STORY, TextOrigin.SOURCE)).article();
        copy = library.store(draft("https://coastal-daily.example/islands-ferry", "Coastal Daily",
                "Night ferry returns to the islands", STORY, TextOrigin.SOURCE)).article();
        fromFeed = library.store(draft("https://harbour-gazette.example/pier", "Harbour Gazette",
                "Pier lights to be repainted", "The harbour authority will repaint the pier lights.", TextOrigin.FEED_SUMMARY)).article();
    }

    @Test
    void theFirstCopyListsTheOutletsThatRanItTooAndACopyPointsToTheFirst() throws Exception {
        assertThat(page(original.id())).contains("Also published by", "/articles/" + copy.id(), "Coastal Daily");
        assertThat(page(copy.id())).contains("first published by", "/articles/" + original.id(), "Meridian Wire");
        assertThat(library.articles(ArticleFilter.latest(50).externalOnly().originalsOnly()))
                .extracting(Article::id).contains(original.id()).doesNotContain(copy.id());
    }

    @Test
    void textFromAFeedSaysSoOnThePageAndInTheApi() throws Exception {
        assertThat(page(fromFeed.id())).contains("comes from the outlet's feed");
        assertThat(page(original.id())).doesNotContain("comes from the outlet's feed");
        String json = mvc.perform(get("/api/articles/" + fromFeed.id())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"textOrigin\":\"feed-summary\"");
        String originalJson = mvc.perform(get("/api/articles/" + original.id())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(originalJson).contains("\"alsoPublishedBy\":[{\"id\":\"" + copy.id() + "\",\"outlet\":\"Coastal Daily\"}]");
    }

    private String page(String id) throws Exception {
        return mvc.perform(get("/articles/" + id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static ArticleDraft draft(String url, String outlet, String title, String text, TextOrigin origin) {
        return new ArticleDraft(null, url, outlet, title, null, null, ArticleKind.NEWS, null, "en",
                Instant.parse("2026-03-16T08:00:00Z"), null, List.of(new Block.Paragraph(text)), origin);
    }
}
