package org.parallax.site.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.WebFixtures.EXTERNAL_ID;
import static org.parallax.WebFixtures.FREE_ID;
import static org.parallax.WebFixtures.GATED_ID;
import static org.parallax.WebFixtures.GATED_WORD;
import static org.parallax.WebFixtures.HOSTILE_ID;
import static org.parallax.WebFixtures.HOSTILE_TITLE;
import static org.parallax.WebFixtures.LATE_EXTERNAL_WORD;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.parallax.SignedIn;
import org.parallax.WebTest;
import org.parallax.ingest.FeedItem;
import org.parallax.ingest.FeedParsers;
import org.parallax.ingest.ParsedFeed;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The print view, feeds, sitemap and the article page's OpenGraph and JSON-LD. */
class PublicationRoutesTest extends WebTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Readers readers;

    @Test
    void printViewOfAGatedArticleShowsTheTeaserOnlyWithoutTheSiteAround() throws Exception {
        String html = body(get("/articles/" + GATED_ID + "/print"), 200);

        assertThat(html).contains("<link rel=\"stylesheet\" href=\"/css/print.css\">",
                "<h1>Inside the sluice deal that saved the Orsava talks</h1>", "Tobias Reinholt",
                "Shortly before midnight the delegations were ready to walk out.",
                "The rest of this article is for readers with access");
        assertThat(html).doesNotContain(GATED_WORD, "By dawn", "<nav", "site.css", "class=\"paywalled\"", "<script");
    }

    @Test
    void printViewGivesStaffTheWholeGatedArticleAndEveryoneTheWholeFreeOne() throws Exception {
        Cookie editor = SignedIn.as(mvc, readers, "print-editor@parallax.example", Role.EDITOR);

        assertThat(body(get("/articles/" + GATED_ID + "/print").cookie(editor), 200))
                .contains("class=\"paywalled\"", GATED_WORD + " schedule", "By dawn")
                .doesNotContain("for readers with access");
        assertThat(body(get("/articles/" + FREE_ID + "/print"), 200))
                .contains("Fishermen on the southern shore remain unconvinced.").doesNotContain("class=\"paywalled\"");
    }

    @Test
    void printViewOfAnotherOutletsArticleIsTheExcerptAndTheLink() throws Exception {
        String html = body(get("/articles/" + EXTERNAL_ID + "/print"), 200);

        assertThat(html).contains("The three governments around Lake Orsava signed", "https://lakeshore-courier.example/summit")
                .doesNotContain(LATE_EXTERNAL_WORD);
        body(get("/articles/no-such-story/print"), 404);
    }

    @Test
    void articlePageLinksToItsPrintViewAndTheFeeds() throws Exception {
        String html = body(get("/articles/" + FREE_ID), 200);

        assertThat(html).contains("href=\"/articles/" + FREE_ID + "/print\"",
                "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Parallax (RSS)\" href=\"/feed.xml\">",
                "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Parallax (Atom)\" href=\"/atom.xml\">");
        assertThat(body(get("/"), 200)).contains("href=\"/feed.xml\"", "href=\"/atom.xml\"");
    }

    @Test
    void rssFeedParsesAndCarriesOnlyTheOpenTextOfOwnArticles() throws Exception {
        byte[] xml = bytes(get("/feed.xml"), "application/rss+xml");
        wellFormed(xml);
        ParsedFeed feed = FeedParsers.lenient().parse(xml, URI.create("http://localhost/feed.xml"), "application/rss+xml");

        assertThat(feed.format()).isEqualTo("rss-2.0");
        assertThat(feed.title()).isEqualTo("Parallax");
        checkEntries(feed.items());
    }

    @Test
    void atomFeedParsesAndCarriesOnlyTheOpenTextOfOwnArticles() throws Exception {
        byte[] xml = bytes(get("/atom.xml"), "application/atom+xml");
        wellFormed(xml);
        ParsedFeed feed = FeedParsers.lenient().parse(xml, URI.create("http://localhost/atom.xml"), "application/atom+xml");

        assertThat(feed.format()).isEqualTo("atom-1.0");
        checkEntries(feed.items());
    }

    @Test
    void feedsIgnoreASubscribersCookieBecauseFeedReadersShareWhatTheyFetch() throws Exception {
        Cookie editor = SignedIn.as(mvc, readers, "feed-editor@parallax.example", Role.EDITOR);

        assertThat(new String(bytes(get("/feed.xml").cookie(editor), "application/rss+xml"), StandardCharsets.UTF_8))
                .doesNotContain(GATED_WORD);
        assertThat(new String(bytes(get("/atom.xml").cookie(editor), "application/atom+xml"), StandardCharsets.UTF_8))
                .doesNotContain(GATED_WORD);
    }

    @Test
    void sitemapListsOwnAndOtherOutletsArticlesWithDatesAndNoText() throws Exception {
        byte[] xml = bytes(get("/sitemap.xml"), "application/xml");
        org.w3c.dom.Document sitemap = wellFormed(xml);
        String text = new String(xml, StandardCharsets.UTF_8);

        assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(sitemap.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        assertThat(text).contains("<loc>http://localhost:8080/articles/" + GATED_ID + "</loc>",
                "<loc>http://localhost:8080/articles/" + EXTERNAL_ID + "</loc>", "<lastmod>2026-03-14T09:30:00Z</lastmod>");
        assertThat(text).doesNotContain("Shortly before midnight", "Orsava", GATED_WORD);
    }

    @Test
    void gatedArticleHeadHasOpenGraphFromTheDekAndJsonLdMarkingThePaywalledPart() throws Exception {
        Document page = Jsoup.parse(body(get("/articles/" + GATED_ID), 200));

        assertThat(meta(page, "og:title")).isEqualTo("Inside the sluice deal that saved the Orsava talks");
        assertThat(meta(page, "og:description")).isEqualTo("How a night of bargaining rewrote the water calendar");
        assertThat(meta(page, "og:type")).isEqualTo("article");
        assertThat(meta(page, "og:url")).isEqualTo("http://localhost:8080/articles/" + GATED_ID);
        assertThat(meta(page, "article:published_time")).isEqualTo("2026-03-14T09:30:00Z");

        JsonNode ld = jsonLd(page);
        assertThat(ld.path("@type").asString()).isEqualTo("NewsArticle");
        assertThat(ld.path("headline").asString()).isEqualTo("Inside the sluice deal that saved the Orsava talks");
        assertThat(ld.path("description").asString()).isEqualTo("How a night of bargaining rewrote the water calendar");
        assertThat(ld.path("datePublished").asString()).isEqualTo("2026-03-14T09:30:00Z");
        assertThat(ld.path("dateModified").asString()).isEqualTo("2026-03-14T09:30:00Z");
        assertThat(ld.path("author").path("name").asString()).isEqualTo("Tobias Reinholt");
        assertThat(ld.path("publisher").path("name").asString()).isEqualTo("Parallax");
        assertThat(ld.path("isAccessibleForFree").asBoolean(true)).isFalse();
        assertThat(ld.path("hasPart").path("@type").asString()).isEqualTo("WebPageElement");
        assertThat(ld.path("hasPart").path("isAccessibleForFree").asBoolean(true)).isFalse();
        assertThat(ld.path("hasPart").path("cssSelector").asString()).isEqualTo(".paywalled");
        // An anonymous reader gets no paywalled element at all: the gated text is not in the page.
        assertThat(page.select(".paywalled")).isEmpty();
    }

    @Test
    void entitledReaderFindsTheGatedPartInThePaywalledElementAfterTheTeaser() throws Exception {
        Cookie editor = SignedIn.as(mvc, readers, "ld-editor@parallax.example", Role.EDITOR);
        Document page = Jsoup.parse(body(get("/articles/" + GATED_ID).cookie(editor), 200));

        assertThat(page.select(".story-body > .paywalled").text()).contains(GATED_WORD + " schedule", "By dawn")
                .doesNotContain("Shortly before midnight");
        assertThat(page.select(".story-body > p").first().text()).isEqualTo("Shortly before midnight the delegations were ready to walk out.");
    }

    @Test
    void freeArticleIsMarkedAccessibleForFree() throws Exception {
        JsonNode ld = jsonLd(Jsoup.parse(body(get("/articles/" + FREE_ID), 200)));

        assertThat(ld.path("isAccessibleForFree").asBoolean(false)).isTrue();
        assertThat(ld.has("hasPart")).isFalse();
    }

    @Test
    void hostileHeadlineCannotCloseTheJsonLdScript() throws Exception {
        String html = body(get("/articles/" + HOSTILE_ID), 200);
        Document page = Jsoup.parse(html);

        assertThat(html).doesNotContain("<script>alert(1)</script>").contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e");
        assertThat(page.select("script[type=application/ld+json]")).hasSize(1);
        JsonNode ld = jsonLd(page);
        assertThat(ld.path("headline").asString()).isEqualTo(HOSTILE_TITLE);
        assertThat(ld.path("description").asString()).isEqualTo("A dek with <b>tags</b> & ampersands");
        assertThat(meta(page, "og:title")).isEqualTo(HOSTILE_TITLE);
        // No script runs but our own file: the page has no other script element.
        assertThat(page.select("script:not([type=application/ld+json])")).allSatisfy(
                script -> assertThat(script.attr("src")).isEqualTo("/js/time-zone.js"));
    }

    @Test
    void scriptSafeJsonEscapesEverythingThatCouldEndAScriptOrStartAComment() {
        String safe = ArticleMetadata.scriptSafe("{\"headline\":\"</script><!-- & -->\"}");

        assertThat(safe).doesNotContain("<", ">", "&");
        assertThat(JSON.readTree(safe).path("headline").asString()).isEqualTo("</script><!-- & -->");
    }

    private static void checkEntries(List<FeedItem> items) {
        FeedItem gated = item(items, GATED_ID);
        assertThat(gated.title()).isEqualTo("Inside the sluice deal that saved the Orsava talks");
        assertThat(gated.author()).isEqualTo("Tobias Reinholt");
        assertThat(gated.summary()).contains("How a night of bargaining rewrote the water calendar");
        assertThat(gated.content()).contains("Shortly before midnight").doesNotContain(GATED_WORD, "By dawn");
        assertThat(gated.published()).isEqualTo("2026-03-14T09:30:00Z");
        assertThat(item(items, FREE_ID).content()).contains("Fishermen on the southern shore remain unconvinced.");
        assertThat(items).noneMatch(item -> item.link().endsWith(EXTERNAL_ID)).noneMatch(item -> item.link().endsWith(HOSTILE_ID));
    }

    private static FeedItem item(List<FeedItem> items, String id) {
        return items.stream().filter(item -> item.link().equals("http://localhost:8080/articles/" + id)).findFirst()
                .orElseThrow(() -> new AssertionError("no feed item for " + id + " in " + items));
    }

    private static org.w3c.dom.Document wellFormed(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String meta(Document page, String property) {
        return page.select("meta[property=" + property + "]").attr("content");
    }

    private static JsonNode jsonLd(Document page) {
        return JSON.readTree(page.select("script[type=application/ld+json]").first().data());
    }

    private byte[] bytes(MockHttpServletRequestBuilder request, String contentType) throws Exception {
        MvcResult result = mvc.perform(request).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentType()).startsWith(contentType);
        return result.getResponse().getContentAsByteArray();
    }

    private String body(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        return mvc.perform(request).andExpect(status().is(expectedStatus)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
