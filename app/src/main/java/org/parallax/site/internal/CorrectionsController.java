package org.parallax.site.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Element;
import org.parallax.newsroom.Correction;
import org.parallax.newsroom.Corrections;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Every correction and clarification, newest first, as a page and an Atom feed. They carry the
 * newsroom's notes and the articles' headlines only, never article text, so every visitor gets the same.
 */
@Controller
class CorrectionsController {

    static final int SHOWN = 100;
    private static final CacheControl FIVE_MINUTES = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final Corrections corrections;
    private final SiteAddress address;
    private final String publication;

    CorrectionsController(Corrections corrections, SiteAddress address,
            @Value("${parallax.library.publication-name}") String publication) {
        this.corrections = corrections;
        this.address = address;
        this.publication = publication;
    }

    @GetMapping("/corrections")
    String page(Model model) {
        model.addAttribute("corrections", corrections.latest(SHOWN));
        return "site/corrections";
    }

    @GetMapping("/corrections/feed")
    ResponseEntity<byte[]> feed() {
        List<FeedEntry> entries = corrections.latest(PublicationFeedController.ENTRIES).stream().map(this::entry).toList();
        Instant updated = entries.stream().map(FeedEntry::lastModified).max(Instant::compareTo).orElse(Instant.EPOCH);
        FeedDocuments.Channel channel = new FeedDocuments.Channel(publication + ": corrections and clarifications",
                "The corrections and clarifications " + publication + " made to its articles", address.of("/corrections"),
                address.of("/corrections/feed"), updated);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .cacheControl(FIVE_MINUTES)
                .body(FeedDocuments.atom(channel, entries));
    }

    private FeedEntry entry(Correction correction) {
        Element html = new Element("p").text(correction.text());
        return new FeedEntry(address.article(correction.articleId()) + "#correction-" + correction.id(),
                correction.kind().label() + ": " + correction.articleTitle(), null, null, correction.recorded(),
                correction.recorded(), html.outerHtml(), false);
    }
}
