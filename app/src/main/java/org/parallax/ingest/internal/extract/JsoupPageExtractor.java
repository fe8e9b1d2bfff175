package org.parallax.ingest.internal.extract;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.parallax.ingest.ExtractedArticle;
import org.parallax.ingest.PageExtractor;
import org.parallax.library.Block;
import org.springframework.stereotype.Component;

/**
 * Finds the article in a page with jsoup: decode, parse, read the metadata, clean away the page
 * furniture, cut the rest into text blocks and keep the part of the page where the prose is.
 * Public only so that command-line tools can build one without starting Spring.
 */
@Component
public final class JsoupPageExtractor implements PageExtractor {

    /** jsoup stops nesting here; deeper tags become siblings, so a hostile page cannot exhaust the stack. */
    private static final int MAX_DEPTH = 256;
    /** The first result is doubted when it holds less than this share of the page's prose. */
    private static final double TOO_LITTLE = 0.3;
    /** The second result replaces it when it holds this many times its prose. */
    private static final double BETTER = 1.5;

    @Override
    public ExtractedArticle extract(byte[] html, URI location, String contentType) {
        String text = PageDecoder.decode(html, contentType);
        Parser parser = Parser.htmlParser().setMaxDepth(MAX_DEPTH);
        Document page = parser.parseInput(text, location == null ? "" : location.toString());
        // The metadata is read first: cleaning removes the bylines and headers some of it comes from.
        PageMetadata metadata = new PageMetadata(page);
        String title = metadata.title();
        String byline = metadata.byline();
        Instant published = metadata.published();
        Instant updated = metadata.updated();
        String language = metadata.language();
        String canonicalUrl = metadata.canonicalUrl(location);
        String leadImage = metadata.leadImage(location);
        String description = metadata.description();
        List<Block> body = body(page.body());
        return new ExtractedArticle(title, byline, published, updated, language, canonicalUrl, leadImage,
                description, body);
    }

    /**
     * Class names mislead now and then ("has-ads", "left-side"), and the cleaning takes the article
     * with the furniture. When what is left is a small part of the page's prose, the page is cleaned
     * again, sparing every element that holds a good part of the prose, and the longer result wins.
     */
    private static List<Block> body(Element body) {
        Element spare = body.clone();
        int pageProse = PageCleaner.clean(body, PageCleaner.MOST_OF_THE_PAGE);
        List<TextBlock> kept = article(body);
        int found = proseLength(kept);
        if (found < TOO_LITTLE * pageProse) {
            PageCleaner.clean(spare, PageCleaner.A_GOOD_PART_OF_THE_PAGE);
            List<TextBlock> second = article(spare);
            if (proseLength(second) > BETTER * found) {
                kept = second;
            }
        }
        return BodyBuilder.build(kept);
    }

    private static List<TextBlock> article(Element body) {
        return BlockContext.keep(ArticleCore.trimTail(MainContent.select(TextBlocks.of(body), body)));
    }

    private static int proseLength(List<TextBlock> blocks) {
        int length = 0;
        for (TextBlock block : blocks) {
            if (MainContent.isProse(block)) {
                length += block.length() - block.linkChars();
            }
        }
        return length;
    }
}
