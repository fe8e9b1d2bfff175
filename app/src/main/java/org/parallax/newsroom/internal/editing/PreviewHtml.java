package org.parallax.newsroom.internal.editing;

import java.util.List;
import org.jsoup.nodes.Entities;
import org.parallax.library.Block;

/**
 * The editor's preview: the blocks as the article page shows them (a quote with its source as a
 * caption), escaped as they are written and then passed through the {@link Sanitizer} all the same.
 */
final class PreviewHtml {

    private PreviewHtml() {
    }

    static String of(List<Block> blocks) {
        StringBuilder html = new StringBuilder();
        for (Block block : blocks) {
            switch (block) {
                case Block.Heading heading -> html.append("<h2>").append(escape(heading.text())).append("</h2>");
                case Block.BlockQuote quote -> quote(html, quote);
                case Block.Paragraph paragraph -> html.append("<p>").append(escape(paragraph.text())).append("</p>");
                case Block.Update update -> html.append("<p class=\"update\"><strong>Update:</strong> ")
                        .append(escape(update.text())).append("</p>");
            }
        }
        return Sanitizer.clean(html.toString());
    }

    private static void quote(StringBuilder html, Block.BlockQuote quote) {
        Block.Citation source = quote.source();
        html.append("<figure><blockquote");
        if (source != null && source.url() != null) {
            html.append(" cite=\"").append(escape(source.url())).append('"');
        }
        html.append('>');
        for (String paragraph : quote.text().split("\n\n")) {
            html.append("<p>").append(escape(paragraph)).append("</p>");
        }
        html.append("</blockquote>");
        if (source != null) {
            html.append("<figcaption>— ");
            if (source.url() != null) {
                html.append("<a href=\"").append(escape(source.url())).append("\">").append(escape(source.name())).append("</a>");
            } else {
                html.append(escape(source.name()));
            }
            html.append("</figcaption>");
        }
        html.append("</figure>");
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
