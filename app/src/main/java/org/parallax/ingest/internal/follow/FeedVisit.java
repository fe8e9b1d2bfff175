package org.parallax.ingest.internal.follow;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import org.parallax.ingest.ExtractedArticle;
import org.parallax.ingest.FeedItem;
import org.parallax.ingest.FeedParser;
import org.parallax.ingest.FeedStatus;
import org.parallax.ingest.Fetched;
import org.parallax.ingest.FetchFailed;
import org.parallax.ingest.NotAFeed;
import org.parallax.ingest.PageExtractor;
import org.parallax.ingest.WebFetcher;
import org.parallax.ingest.internal.follow.FeedLedger.Validators;
import org.parallax.library.ArticleDraft;
import org.parallax.library.InvalidArticle;
import org.parallax.library.Library;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One poll of one feed: fetch it (conditionally), read its entries, and for each entry not seen
 * before fetch its page, extract the article and store it, falling back to the feed's own text
 * when the page cannot be read. Every failure is logged and recorded for the admin page; none escapes.
 */
@Component
class FeedVisit {

    private static final Logger log = LoggerFactory.getLogger(FeedVisit.class);

    private final WebFetcher fetcher;
    private final FeedParser parser;
    private final PageExtractor extractor;
    private final Library library;
    private final FeedLedger ledger;
    private final Clock clock;

    FeedVisit(WebFetcher fetcher, FeedParser parser, PageExtractor extractor, Library library, FeedLedger ledger, Clock clock) {
        this.fetcher = fetcher;
        this.parser = parser;
        this.extractor = extractor;
        this.library = library;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Polls a feed its caller has claimed ({@link FeedLedger#claim}). */
    void poll(FeedStatus feed) {
        try {
            Validators validators = ledger.validators(feed.id());
            Fetched fetched = fetcher.fetch(URI.create(feed.url()), validators.etag(), validators.lastModified());
            if (fetched.notModified()) {
                ledger.succeeded(feed, validators, 0);
                return;
            }
            int fresh = 0;
            for (FeedItem entry : parser.parse(fetched.body(), fetched.finalUri(), fetched.contentType()).items()) {
                fresh += visitEntry(feed, entry) ? 1 : 0;
            }
            ledger.succeeded(feed, new Validators(fetched.etag(), fetched.lastModified()), fresh);
            log.info("Feed {} ({}): {} new entries", feed.url(), feed.outletName(), fresh);
        } catch (FetchFailed | NotAFeed e) {
            fail(feed, e.getMessage());
        } catch (RuntimeException e) {
            fail(feed, "unexpected error: " + e);
        }
    }

    /** True when the entry was new and is now handled. */
    private boolean visitEntry(FeedStatus feed, FeedItem entry) {
        String key = entryKey(entry);
        if (key == null || ledger.seen(feed.id(), key)) {
            return false;
        }
        Optional<URI> link = link(entry);
        if (link.isEmpty()) {
            ledger.markSeen(feed.id(), key, null);
            return true;
        }
        Optional<ArticleDraft> draft;
        try {
            Fetched page = fetcher.fetch(link.get(), null, null);
            ExtractedArticle article = extractor.extract(page.body(), page.finalUri(), page.contentType());
            draft = EntryDrafts.fromPage(feed.outletName(), entry, link.get(), article, clock.instant())
                    .or(() -> EntryDrafts.fromFeed(feed.outletName(), entry, link.get(), clock.instant()));
        } catch (FetchFailed e) {
            pageFailed(feed, link.get(), e.getMessage());
            draft = EntryDrafts.fromFeed(feed.outletName(), entry, link.get(), clock.instant());
            if (draft.isEmpty() && e.temporary()) {
                return false; // nothing to store yet: the next poll tries the page again
            }
        } catch (RuntimeException e) {
            pageFailed(feed, link.get(), "could not extract the article: " + e);
            draft = EntryDrafts.fromFeed(feed.outletName(), entry, link.get(), clock.instant());
        }
        draft.ifPresent(d -> store(feed, d));
        ledger.markSeen(feed.id(), key, link.get().toString());
        return true;
    }

    private void store(FeedStatus feed, ArticleDraft draft) {
        try {
            library.store(draft);
        } catch (InvalidArticle e) {
            pageFailed(feed, URI.create(draft.url()), "not stored: " + e.getMessage());
        }
    }

    /** An entry that changes is read again: its key carries its date. */
    static String entryKey(FeedItem entry) {
        String id = entry.id() != null && !entry.id().isBlank() ? entry.id() : entry.link();
        if (id == null || id.isBlank()) {
            return null;
        }
        var date = entry.updated() != null ? entry.updated() : entry.published();
        return date == null ? id : id + "@" + date.toEpochMilli();
    }

    private static Optional<URI> link(FeedItem entry) {
        try {
            URI uri = entry.link() == null ? null : URI.create(entry.link().trim());
            boolean web = uri != null && uri.isAbsolute() && uri.getScheme().toLowerCase().startsWith("http");
            return web ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void fail(FeedStatus feed, String reason) {
        log.warn("Feed {} ({}) failed: {}", feed.url(), feed.outletName(), reason);
        ledger.failed(feed, reason);
    }

    private void pageFailed(FeedStatus feed, URI page, String reason) {
        log.warn("Feed {} ({}): page {} failed: {}", feed.url(), feed.outletName(), page, reason);
        ledger.pageFailed(feed, "page " + page + ": " + reason);
    }
}
