package org.parallax.ingest.internal.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.parallax.library.Block;

/**
 * Turns the article's text blocks into body blocks: headings stay headings, the paragraphs of a
 * {@code <blockquote>} become one quote with its source, everything else becomes paragraphs. Link
 * lists, promotions and repeats are left out.
 */
final class BodyBuilder {

    private static final double MOST_LINKS = 0.5;

    private final List<Block> body = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private Element quote;
    private final List<String> quoted = new ArrayList<>();

    private BodyBuilder() {
    }

    static List<Block> build(List<TextBlock> blocks) {
        BodyBuilder builder = new BodyBuilder();
        for (TextBlock block : blocks) {
            builder.add(block);
        }
        builder.closeQuote();
        return builder.body;
    }

    private void add(TextBlock block) {
        if (block.linkDensity() > MOST_LINKS || PromoText.isPromo(block.text())) {
            return;
        }
        Element owner = block.owner();
        if (Quotes.isQuoteCaption(owner)) {
            return;
        }
        Element enclosingQuote = Quotes.enclosing(owner);
        if (enclosingQuote != quote) {
            closeQuote();
            quote = enclosingQuote;
        }
        if (quote != null) {
            if (!Quotes.isCitation(owner, quote)) {
                quoted.add(block.text());
            }
            return;
        }
        if (!seen.add(block.text())) {
            return;
        }
        if (owner.normalName().matches("h[1-6]")) {
            body.add(new Block.Heading(block.text().replace('\n', ' ')));
            return;
        }
        for (String paragraph : block.text().split("\n\n")) {
            body.add(new Block.Paragraph(paragraph.replace('\n', ' ')));
        }
    }

    private void closeQuote() {
        if (quote != null && !quoted.isEmpty()) {
            String text = String.join("\n\n", quoted);
            if (seen.add(text)) {
                body.add(new Block.BlockQuote(text, Quotes.citation(quote)));
            }
        }
        quote = null;
        quoted.clear();
    }
}
