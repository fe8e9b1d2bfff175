package org.parallax.site.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parallax.WebFixtures;
import org.parallax.WebTest;
import org.parallax.library.AccessLevel;
import org.parallax.library.ArticleDraft;
import org.parallax.library.ArticleKind;
import org.parallax.library.Block;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Google News sitemap: our own articles of the last two days, headlines only, in the news namespace. */
class NewsSitemapTest extends WebTest {

    private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final List<String> stored = new ArrayList<>();

    /** The front page and feeds of other tests list the newest own articles: these must not crowd out their fixtures. */
    @AfterEach
    void withdraw() {
        stored.forEach(library::withdraw);
    }

    @Test
    void listsOurArticlesOfTheLastTwoDaysWithTheirHeadlinesAndNoText() throws Exception {
        String fresh = "news-fresh-" + UUID.randomUUID();
        String stale = "news-stale-" + UUID.randomUUID();
        String scheduled = "news-scheduled-" + UUID.randomUUID();
        String external = "news-external-" + UUID.randomUUID();
        Instant now = Instant.now();
        stored.addAll(List.of(fresh, stale, scheduled));
        library.store(draft(fresh, "Parallax", "Ferry tariffs & the <night> crossing", now.minus(Duration.ofHours(3))));
        library.store(draft(stale, "Parallax", "Last week's tariffs", now.minus(Duration.ofDays(3))));
        library.store(draft(scheduled, "Parallax", "Tomorrow's tariffs", now.plus(Duration.ofDays(1))));
        library.store(draft(external, "Lakeshore Courier", "The Courier on tariffs", now.minus(Duration.ofHours(1))));

        byte[] body = mvc.perform(get("/sitemap-news.xml")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document sitemap = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));

        List<String> locations = texts(sitemap.getElementsByTagNameNS(SITEMAP, "loc"));
        assertThat(locations).anyMatch(loc -> loc.endsWith("/articles/" + fresh))
                .noneMatch(loc -> loc.endsWith(stale) || loc.endsWith(scheduled) || loc.endsWith(external)
                        || loc.endsWith(WebFixtures.GATED_ID));
        assertThat(texts(sitemap.getElementsByTagNameNS(NEWS, "title"))).contains("Ferry tariffs & the <night> crossing");
        Element publication = (Element) sitemap.getElementsByTagNameNS(NEWS, "publication").item(0);
        assertThat(publication.getElementsByTagNameNS(NEWS, "name").item(0).getTextContent()).isEqualTo("Parallax");
        assertThat(publication.getElementsByTagNameNS(NEWS, "language").item(0).getTextContent()).isEqualTo("en");
        assertThat(new String(body, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("Secret tariff table");
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static ArticleDraft draft(String id, String outlet, String title, Instant published) {
        return new ArticleDraft(id, "https://" + (outlet.equals("Parallax") ? "parallax" : "lakeshore-courier") + ".example/" + id,
                outlet, title, "What commuters will pay", "Ilse Probst", ArticleKind.ANALYSIS,
                outlet.equals("Parallax") ? AccessLevel.SUBSCRIBERS : null, "en", published, null,
                List.of(new Block.Paragraph("Fares rise on every crossing."), new Block.Paragraph("Commuters pay more."),
                        new Block.Paragraph("Secret tariff table for subscribers.")));
    }
}
