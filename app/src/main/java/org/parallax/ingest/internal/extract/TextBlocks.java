package org.parallax.ingest.internal.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Cuts a cleaned page into text blocks in reading order; jsoup's traversal is iterative, so depth is no risk. */
final class TextBlocks implements NodeVisitor {

    /** Tags that start a new block; anything else (span, a, em, custom tags) runs inline. */
    static final Set<String> BLOCK_TAGS = Set.of(
            "body", "p", "div", "section", "article", "main", "header", "footer", "aside", "nav",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
            "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption", "form",
            "fieldset", "legend", "address", "center", "hr", "details", "summary", "hgroup", "menu", "dialog");

    /** An error message a broken server printed into the page (PHP: "Warning: ... in /path/file.php on line 12"). */
    private static final Pattern SERVER_ERROR = Pattern.compile(
            "(?:Warning|Notice|Deprecated|Strict Standards|(?:Catchable )?[Ff]atal error|Parse error): "
                    + "[^\\n]{0,600}? in [^\\n]{1,300}? on line \\d+\\s*");

    private final List<TextBlock> blocks = new ArrayList<>();
    private final Deque<Element> open = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int linkDepth;
    private int preDepth;

    private TextBlocks() {
    }

    static List<TextBlock> of(Element root) {
        TextBlocks visitor = new TextBlocks();
        visitor.open.push(root);
        NodeTraversor.traverse(visitor, root);
        visitor.flush(root);
        return visitor.blocks;
    }

    static boolean isBlock(Element element) {
        return BLOCK_TAGS.contains(element.normalName());
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
            append(textNode.getWholeText());
        } else if (node instanceof Element element) {
            String tag = element.normalName();
            if (tag.equals("br")) {
                text.append('\n');
            } else if (tag.equals("a")) {
                linkDepth++;
            } else if (BLOCK_TAGS.contains(tag) && node != open.peek()) {
                flush(open.peek());
                open.push(element);
                if (tag.equals("pre")) {
                    preDepth++;
                }
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element) {
            String tag = element.normalName();
            if (tag.equals("a")) {
                linkDepth--;
            } else if (element == open.peek() && open.size() > 1) {
                flush(element);
                open.pop();
                if (tag.equals("pre")) {
                    preDepth--;
                }
            }
        }
    }

    /** Collapses white space as a browser does, except inside {@code <pre>}. */
    private void append(String raw) {
        int before = text.length();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (preDepth > 0 && c == '\n') {
                text.append('\n');
            } else if (Character.isWhitespace(c) || c == '\u00A0' || Character.isSpaceChar(c)) {
                if (text.length() > 0 && !endsWithSpace()) {
                    text.append(' ');
                }
            } else {
                text.append(c);
            }
        }
        if (linkDepth > 0) {
            linkChars += text.length() - before;
        }
    }

    private boolean endsWithSpace() {
        char last = text.charAt(text.length() - 1);
        return last == ' ' || last == '\n';
    }

    private void flush(Element owner) {
        String content = tidy(text);
        if (content.contains(" on line ")) {
            content = tidy(SERVER_ERROR.matcher(content).replaceAll(""));
        }
        if (!content.isEmpty()) {
            blocks.add(new TextBlock(owner, content, Math.min(linkChars, content.length())));
        }
        text.setLength(0);
        linkChars = 0;
    }

    /** Trims each line and keeps at most one empty line in a row, so double {@code <br>} marks a paragraph. */
    private static String tidy(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int blankRun = 0;
        for (String line : raw.toString().split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                blankRun++;
                continue;
            }
            if (!out.isEmpty()) {
                out.append(blankRun > 0 ? "\n\n" : "\n");
            }
            out.append(trimmed);
            blankRun = 0;
        }
        return out.toString();
    }
}
