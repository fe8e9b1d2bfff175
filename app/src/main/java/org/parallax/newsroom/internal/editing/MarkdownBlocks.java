package org.parallax.newsroom.internal.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.parallax.library.Block;
import org.parallax.library.Block.Citation;

/**
 * Reads an editor's Markdown into the library's blocks: paragraphs, headings (any level), block
 * quotes whose last paragraph may name the source ({@code — Outlet, https://...}), list items as
 * paragraphs. The library keeps text, never markup: a link keeps its words, and raw HTML, images
 * and links that are not web addresses are refused with a sentence saying so.
 */
final class MarkdownBlocks {

    /** A quote's source line starts with an em dash, a horizontal bar or two hyphens. */
    private static final Pattern SOURCE_LINE = Pattern.compile("^(?:\u2014|\u2015|--)\\s*(.+)$", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9-]*)");

    private final Parser parser = Parser.builder().build();
    private final int longestText;

    MarkdownBlocks(int longestText) {
        this.longestText = longestText;
    }

    Manuscript read(String markdown) {
        String text = markdown == null ? "" : markdown;
        if (text.length() > longestText) {
            return new Manuscript(List.of(), List.of(String.format(Locale.ENGLISH,
                    "The text is %,d characters long; an article may have at most %,d. Split it, or cut it.",
                    text.length(), longestText)));
        }
        Reading reading = new Reading();
        for (Node node = parser.parse(text).getFirstChild(); node != null; node = node.getNext()) {
            reading.block(node);
        }
        return new Manuscript(reading.blocks, reading.problems);
    }

    /** One pass over a document, gathering blocks and problems. */
    private static final class Reading {

        final List<Block> blocks = new ArrayList<>();
        final List<String> problems = new ArrayList<>();

        void block(Node node) {
            switch (node) {
                case Heading heading -> add(new Block.Heading(inline(heading)));
                case Paragraph paragraph -> add(new Block.Paragraph(inline(paragraph)));
                case BlockQuote quote -> quote(quote);
                case BulletList list -> items(list, false);
                case OrderedList list -> items(list, true);
                case FencedCodeBlock code -> add(new Block.Paragraph(code.getLiteral().strip()));
                case IndentedCodeBlock code -> add(new Block.Paragraph(code.getLiteral().strip()));
                case HtmlBlock html -> rawHtml(html.getLiteral());
                default -> {
                    // Thematic breaks and link reference definitions carry no text.
                }
            }
        }

        private void items(Node list, boolean numbered) {
            int number = 1;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    List<String> parts = new ArrayList<>();
                    for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                        parts.add(child instanceof Paragraph paragraph ? inline(paragraph) : plain(child));
                    }
                    String marker = numbered ? number++ + ". " : "• ";
                    add(new Block.Paragraph(marker + String.join(" ", parts).strip()));
                }
            }
        }

        private void quote(BlockQuote quote) {
            List<String> paragraphs = new ArrayList<>();
            for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
                String text = child instanceof Paragraph paragraph ? inline(paragraph) : plain(child);
                if (!text.isBlank()) {
                    paragraphs.add(text.strip());
                }
            }
            Citation source = null;
            if (!paragraphs.isEmpty()) {
                Matcher line = SOURCE_LINE.matcher(paragraphs.getLast());
                if (line.matches()) {
                    paragraphs.removeLast();
                    SourceLine.Parsed parsed = SourceLine.parse(line.group(1));
                    if (parsed.ok()) {
                        source = parsed.citation();
                    } else {
                        problems.add(parsed.problem());
                    }
                }
            }
            if (paragraphs.isEmpty()) {
                problems.add("A block quote names its source but quotes nothing.");
                return;
            }
            add(new Block.BlockQuote(String.join("\n\n", paragraphs), source));
        }

        private String inline(Node parent) {
            StringBuilder text = new StringBuilder();
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                switch (node) {
                    case Text words -> text.append(words.getLiteral());
                    case Code code -> text.append(code.getLiteral());
                    case SoftLineBreak soft -> text.append(' ');
                    case HardLineBreak hard -> text.append('\n');
                    case HtmlInline html -> rawHtml(html.getLiteral());
                    case Image image -> problems.add("Images in the text are not kept (\"" + SourceLine.shorten(image.getDestination())
                            + "\"): use the lead image field.");
                    case Link link -> {
                        if (SourceLine.webAddress(link.getDestination()).isEmpty() && !link.getDestination().startsWith("/")) {
                            problems.add("The link \"" + SourceLine.shorten(plainText(link)) + "\" goes to \""
                                    + SourceLine.shorten(link.getDestination())
                                    + "\": links must start with https:// or http://.");
                        }
                        text.append(inline(link));
                    }
                    default -> text.append(inline(node));
                }
            }
            return text.toString();
        }

        private String plain(Node node) {
            return node instanceof Text words ? words.getLiteral() : inline(node);
        }

        private static String plainText(Node node) {
            StringBuilder text = new StringBuilder();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                text.append(child instanceof Text words ? words.getLiteral() : plainText(child));
            }
            return text.toString();
        }

        private void rawHtml(String html) {
            Matcher tag = TAG.matcher(html);
            String named = tag.find() ? "<" + tag.group(1).toLowerCase(Locale.ROOT) + ">" : SourceLine.shorten(html.strip());
            String problem = "HTML is not allowed in the text (found " + named + "): write Markdown instead.";
            if (!problems.contains(problem)) {
                problems.add(problem);
            }
        }

        private void add(Block block) {
            if (!block.text().isBlank()) {
                blocks.add(block);
            }
        }
    }
}
