package org.parallax.site.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.parallax.access.AccessPolicy;
import org.parallax.library.Article;
import org.parallax.library.Library;
import org.parallax.newsroom.Listing;
import org.parallax.newsroom.Listings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The publication's articles by author, section and tag: a page of cards each (headlines and
 * deks, never body text), and RSS and Atom feeds per author and per section that carry only the
 * open text, like the site's own feed.
 */
@Controller
class ListingController {

    static final int PAGE = 50;
    private static final CacheControl FIVE_MINUTES = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
    private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final Listings listings;
    private final Library library;
    private final AccessPolicy access;
    private final SiteAddress address;
    private final String publication;

    ListingController(Listings listings, Library library, AccessPolicy access, SiteAddress address,
            @Value("${parallax.library.publication-name}") String publication) {
        this.listings = listings;
        this.library = library;
        this.access = access;
        this.address = address;
        this.publication = publication;
    }

    @GetMapping("/authors/{slug}")
    String author(@PathVariable String slug, Model model) {
        return page(Listing.Kind.AUTHOR, slug, model);
    }

    @GetMapping("/sections/{slug}")
    String section(@PathVariable String slug, Model model) {
        return page(Listing.Kind.SECTION, slug, model);
    }

    @GetMapping("/tags/{slug}")
    String tag(@PathVariable String slug, Model model) {
        return page(Listing.Kind.TAG, slug, model);
    }

    @GetMapping("/authors/{slug}/feed.xml")
    ResponseEntity<byte[]> authorRss(@PathVariable String slug) {
        return rss(Listing.Kind.AUTHOR, slug);
    }

    @GetMapping("/authors/{slug}/atom.xml")
    ResponseEntity<byte[]> authorAtom(@PathVariable String slug) {
        return atom(Listing.Kind.AUTHOR, slug);
    }

    @GetMapping("/sections/{slug}/feed.xml")
    ResponseEntity<byte[]> sectionRss(@PathVariable String slug) {
        return rss(Listing.Kind.SECTION, slug);
    }

    @GetMapping("/sections/{slug}/atom.xml")
    ResponseEntity<byte[]> sectionAtom(@PathVariable String slug) {
        return atom(Listing.Kind.SECTION, slug);
    }

    private String page(Listing.Kind kind, String slug, Model model) {
        Listing listing = listing(kind, slug, PAGE);
        model.addAttribute("listing", listing);
        model.addAttribute("heading", switch (kind) {
            case AUTHOR -> listing.name();
            case SECTION -> listing.name();
            case TAG -> "Tagged: " + listing.name();
        });
        model.addAttribute("feed", kind == Listing.Kind.TAG ? null : listing.path() + "/feed.xml");
        model.addAttribute("articles", articles(listing).stream().map(ArticleCard::of).toList());
        return "site/listing";
    }

    private ResponseEntity<byte[]> rss(Listing.Kind kind, String slug) {
        Listing listing = listing(kind, slug, PublicationFeedController.ENTRIES);
        List<FeedEntry> entries = entries(listing);
        return ResponseEntity.ok().contentType(RSS).cacheControl(FIVE_MINUTES)
                .body(FeedDocuments.rss(channel(listing, "/feed.xml", entries), entries));
    }

    private ResponseEntity<byte[]> atom(Listing.Kind kind, String slug) {
        Listing listing = listing(kind, slug, PublicationFeedController.ENTRIES);
        List<FeedEntry> entries = entries(listing);
        return ResponseEntity.ok().contentType(ATOM).cacheControl(FIVE_MINUTES)
                .body(FeedDocuments.atom(channel(listing, "/atom.xml", entries), entries));
    }

    private Listing listing(Listing.Kind kind, String slug, int limit) {
        return listings.listing(kind, slug, limit).orElseThrow(() -> new PageNotFound("Nothing is published under this name."));
    }

    /** The listed articles the library holds; one withdrawn since is left out. */
    private List<Article> articles(Listing listing) {
        return listing.articleIds().stream().flatMap(id -> library.article(id).stream()).toList();
    }

    /** Feed readers fetch anonymously and share what they fetch: entries carry the open text only. */
    private List<FeedEntry> entries(Listing listing) {
        return articles(listing).stream().map(article -> FeedEntry.of(article, access, address)).toList();
    }

    private FeedDocuments.Channel channel(Listing listing, String feed, List<FeedEntry> entries) {
        Instant updated = entries.stream().map(FeedEntry::lastModified).max(Instant::compareTo).orElse(Instant.EPOCH);
        String title = publication + ": " + listing.name();
        return new FeedDocuments.Channel(title, "The latest articles from " + title, address.of(listing.path()),
                address.of(listing.path() + feed), updated);
    }
}
