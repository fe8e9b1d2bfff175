package org.parallax.site.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.parallax.library.ArticleFilter;
import org.parallax.library.Library;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Google News sitemap beside the regular one: the publication's own articles of the last two
 * days (older ones Google News ignores), at most 1,000, as its rules allow.
 */
@Controller
class NewsSitemapController {

    static final Duration RECENT = Duration.ofDays(2);
    static final int MOST = 1_000;
    private static final CacheControl FIVE_MINUTES = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final Library library;
    private final SiteAddress address;
    private final Clock clock;
    private final String publication;

    NewsSitemapController(Library library, SiteAddress address, Clock clock,
            @Value("${parallax.library.publication-name}") String publication) {
        this.library = library;
        this.address = address;
        this.clock = clock;
        this.publication = publication;
    }

    @GetMapping("/sitemap-news.xml")
    ResponseEntity<byte[]> newsSitemap() {
        Instant since = clock.instant().minus(RECENT);
        List<NewsSitemap.Entry> entries = library.articles(ArticleFilter.latest(MOST).ownOnly()).stream()
                .filter(article -> !article.published().isBefore(since) && !article.published().isAfter(clock.instant()))
                .map(article -> new NewsSitemap.Entry(address.article(article.id()), article.title(), article.language(),
                        article.published()))
                .toList();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).cacheControl(FIVE_MINUTES)
                .body(NewsSitemap.of(publication, entries));
    }
}
