package org.parallax.ingest.internal.follow;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.parallax.library.Block;

/** Turns the HTML (or plain text) a feed entry carries into blocks, for when its page cannot be read. */
final class FeedText {

    private FeedText() {
    }

    static List<Block> blocks(String htmlOrText) {
        if (htmlOrText == null || htmlOrText.isBlank()) {
            return List.of();
        }
        Element body = Jsoup.parseBodyFragment(htmlOrText).body();
        body.select("script, style, iframe, form, nav, aside").remove();
        List<Block> blocks = new ArrayList<>();
        for (Element element : body.select("p, h1, h2, h3, h4, h5, h6, blockquote, li")) {
            if (!element.parents().select("blockquote, li").isEmpty() && !element.is("blockquote, li")) {
                continue; // counted with the quote or list item around it
            }
            String text = element.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (element.is("blockquote")) {
                blocks.add(new Block.BlockQuote(text, null));
            } else if (element.is("h1, h2, h3, h4, h5, h6")) {
                blocks.add(new Block.Heading(text));
            } else {
                blocks.add(new Block.Paragraph(text));
            }
        }
        if (blocks.isEmpty() && !body.text().isBlank()) {
            blocks.add(new Block.Paragraph(body.text().strip()));
        }
        return blocks;
    }
}
