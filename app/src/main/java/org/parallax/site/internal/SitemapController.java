package org.parallax.site.internal;

import java.util.List;
import org.parallax.library.ArticleStamp;
import org.parallax.library.Library;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sitemap for search engines: the newest articles' addresses and dates, own and other
 * outlets', and no text at all. One file holds at most 50,000 addresses, as the protocol allows.
 */
@Controller
class SitemapController {

    static final int MOST = 50_000;

    private final Library library;
    private final SiteAddress address;

    SitemapController(Library library, SiteAddress address) {
        this.library = library;
        this.address = address;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> sitemap() {
        List<FeedDocuments.Location> locations = library.stamps(MOST).stream()
                .map(this::location)
                .toList();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(FeedDocuments.sitemap(locations));
    }

    private FeedDocuments.Location location(ArticleStamp stamp) {
        return new FeedDocuments.Location(address.article(stamp.id()), stamp.lastModified());
    }
}
