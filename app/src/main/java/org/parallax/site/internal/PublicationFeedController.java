package org.parallax.site.internal;

import java.time.Instant;
import java.util.List;
import org.parallax.access.AccessPolicy;
import org.parallax.library.ArticleFilter;
import org.parallax.library.Library;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The publication's own latest articles as RSS 2.0 and Atom. Feed readers fetch anonymously and
 * share what they fetch, so these never look at who asks: every entry carries only the open text
 * ({@link AccessPolicy#open}), even when a subscriber's browser sends its cookie along.
 */
@Controller
class PublicationFeedController {

    static final int ENTRIES = 30;
    private static final CacheControl FIVE_MINUTES = CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic();

    private final Library library;
    private final AccessPolicy access;
    private final SiteAddress address;
    private final String publication;

    PublicationFeedController(Library library, AccessPolicy access, SiteAddress address,
            @Value("${parallax.library.publication-name}") String publication) {
        this.library = library;
        this.access = access;
        this.address = address;
        this.publication = publication;
    }

    @GetMapping("/feed.xml")
    ResponseEntity<byte[]> rss() {
        List<FeedEntry> entries = entries();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/rss+xml;charset=UTF-8"))
                .cacheControl(FIVE_MINUTES)
                .body(FeedDocuments.rss(channel("/feed.xml", entries), entries));
    }

    @GetMapping("/atom.xml")
    ResponseEntity<byte[]> atom() {
        List<FeedEntry> entries = entries();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .cacheControl(FIVE_MINUTES)
                .body(FeedDocuments.atom(channel("/atom.xml", entries), entries));
    }

    private List<FeedEntry> entries() {
        return library.articles(ArticleFilter.latest(ENTRIES).ownOnly()).stream()
                .map(article -> FeedEntry.of(article, access, address))
                .toList();
    }

    private FeedDocuments.Channel channel(String self, List<FeedEntry> entries) {
        Instant updated = entries.stream().map(FeedEntry::lastModified).max(Instant::compareTo).orElse(Instant.EPOCH);
        return new FeedDocuments.Channel(publication, "The latest articles from " + publication, address.of("/"),
                address.of(self), updated);
    }
}
