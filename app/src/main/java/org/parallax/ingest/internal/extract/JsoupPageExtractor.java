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

    private static List<Block> body(Element body) {
        PageCleaner.clean(body);
        List<TextBlock> blocks = TextBlocks.of(body);
        return BodyBuilder.build(BlockContext.keep(MainContent.select(blocks, body)));
    }
}
