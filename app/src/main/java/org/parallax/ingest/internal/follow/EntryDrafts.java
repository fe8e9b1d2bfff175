package org.parallax.ingest.internal.follow;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.parallax.ingest.ExtractedArticle;
import org.parallax.ingest.FeedItem;
import org.parallax.library.ArticleDraft;
import org.parallax.library.ArticleKind;
import org.parallax.library.Block;
import org.parallax.library.TextOrigin;

/** Combines a feed entry with what its page said into the draft the library stores. */
final class EntryDrafts {

    /** Less main text than this means the page yielded a stub (a consent wall, a teaser), not the article. */
    private static final int SHORTEST_PAGE_TEXT = 200;

    private EntryDrafts() {
    }

    /** The draft from the page, or empty when the page's text is too thin to stand for the article. */
    static Optional<ArticleDraft> fromPage(String outletName, FeedItem entry, URI entryUrl, ExtractedArticle page, Instant now) {
        if (page.text().length() < SHORTEST_PAGE_TEXT) {
            return Optional.empty();
        }
        String url = canonicalOrEntry(page.canonicalUrl(), entryUrl);
        String title = firstPresent(plain(entry.title()), page.title(), "Untitled");
        Instant published = firstPresent(page.published(), entry.published(), entry.updated(), now);
        return Optional.of(new ArticleDraft(null, url, outletName, title, dek(page.description()),
                firstPresent(page.byline(), entry.author()), kindOf(url), null, page.language(), published,
                page.updated(), page.body(), TextOrigin.SOURCE));
    }

    /** The draft from the feed's own content or summary, marked as such; empty when it carries neither. */
    static Optional<ArticleDraft> fromFeed(String outletName, FeedItem entry, URI entryUrl, Instant now) {
        List<Block> content = FeedText.blocks(entry.content());
        TextOrigin origin = TextOrigin.FEED_CONTENT;
        if (content.isEmpty()) {
            content = FeedText.blocks(entry.summary());
            origin = TextOrigin.FEED_SUMMARY;
        }
        if (content.isEmpty()) {
            return Optional.empty();
        }
        String title = firstPresent(plain(entry.title()), "Untitled");
        Instant published = firstPresent(entry.published(), entry.updated(), now);
        return Optional.of(new ArticleDraft(null, entryUrl.toString(), outletName, title, null, entry.author(),
                kindOf(entryUrl.toString()), null, null, published, null, content, origin));
    }

    /** A page's canonical URL names the article better than a feed's tracking link, unless it points elsewhere. */
    static String canonicalOrEntry(String canonical, URI entryUrl) {
        if (canonical == null || canonical.isBlank()) {
            return entryUrl.toString();
        }
        try {
            URI uri = entryUrl.resolve(canonical.trim());
            boolean sameSite = uri.getHost() != null && uri.getHost().equalsIgnoreCase(entryUrl.getHost());
            boolean anArticle = uri.getPath() != null && uri.getPath().length() > 1;
            return sameSite && anArticle && uri.getScheme().startsWith("http") ? uri.toString() : entryUrl.toString();
        } catch (IllegalArgumentException e) {
            return entryUrl.toString();
        }
    }

    /** Opinion and analysis sections name themselves in their URLs on most news sites. */
    static ArticleKind kindOf(String url) {
        String path = URI.create(url).getPath() == null ? "" : URI.create(url).getPath().toLowerCase(Locale.ROOT);
        if (path.matches(".*/(opinion|opinions|comment|commentisfree|op-ed|oped|editorials?|columns?)/.*")) {
            return ArticleKind.OPINION;
        }
        if (path.matches(".*/(analysis|explainers?|insight)/.*")) {
            return ArticleKind.ANALYSIS;
        }
        return ArticleKind.NEWS;
    }

    private static String dek(String description) {
        return description == null || description.length() > 300 ? null : description.strip();
    }

    private static String plain(String title) {
        return title == null ? null : Jsoup.parse(title).text().strip();
    }

    @SafeVarargs
    private static <T> T firstPresent(T... values) {
        for (T value : values) {
            if (value != null && !(value instanceof String text && text.isBlank())) {
                return value;
            }
        }
        return null;
    }
}
