package org.parallax.site.internal;

import java.time.Instant;
import java.util.List;
import org.parallax.access.AccessPolicy;
import org.parallax.access.ReadableText;
import org.parallax.library.Article;
import org.parallax.library.Block;
import org.jsoup.nodes.Element;

/**
 * One article as our feeds carry it. Feeds are fetched anonymously and cached by readers' apps,
 * so the text is only what {@link AccessPolicy#open} allows: a gated article's teaser, a free
 * article's whole body.
 *
 * @param html the open text as HTML, built element by element (never by pasting strings)
 */
record FeedEntry(String url, String title, String dek, String byline, Instant published, Instant updated,
        String html, boolean truncated) {

    private static final java.time.format.DateTimeFormatter UPDATE_TIME = java.time.format.DateTimeFormatter
            .ofPattern("d MMMM uuuu, HH:mm 'UTC'", java.util.Locale.ENGLISH).withZone(java.time.ZoneOffset.UTC);

    static FeedEntry of(Article article, AccessPolicy access, SiteAddress address) {
        ReadableText open = access.open(article);
        return new FeedEntry(address.article(article.id()), article.title(), article.dek(), article.byline(),
                article.published(), article.updated() == null ? article.published() : article.updated(),
                html(open.blocks()), open.truncated());
    }

    Instant lastModified() {
        return updated.isAfter(published) ? updated : published;
    }

    private static String html(List<Block> blocks) {
        Element body = new Element("div");
        for (Block block : blocks) {
            switch (block) {
                case Block.Heading heading -> body.appendElement("h2").text(heading.text());
                case Block.BlockQuote quote -> body.appendElement("blockquote").appendElement("p").text(quote.text());
                case Block.Paragraph paragraph -> body.appendElement("p").text(paragraph.text());
                case Block.Update update -> body.appendElement("p").attr("class", "update")
                        .text("Update, " + UPDATE_TIME.format(update.at()) + ": " + update.text());
            }
        }
        return body.html();
    }
}
