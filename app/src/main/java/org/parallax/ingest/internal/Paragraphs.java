package org.parallax.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.library.Block;

/**
 * Turns plain source text into paragraphs, so the breaks a writer made survive import.
 * A blank line always ends a paragraph. Within a run of lines, an indented line starts a new
 * paragraph when the other lines are not indented (wire copy marks paragraphs this way).
 * Lines hard-wrapped at a fixed width are joined; lines that each end a sentence are
 * paragraphs of their own. Lines starting with {@code >} become a block quote, and a line
 * marked as a heading the way writers do in plain text ({@code ## Heading}) becomes a heading.
 */
final class Paragraphs {

    /** A line this long or longer that stops mid-sentence looks like a hard wrap. */
    private static final int WRAP_WIDTH = 40;
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    private static final Pattern HEADING = Pattern.compile("#{1,6}\\s+(\\S.*)");

    private Paragraphs() {
    }

    static List<Block> of(String text) {
        List<Block> blocks = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : text.split("\r\n|\r|\n", -1)) {
            if (line.isBlank()) {
                addRun(run, blocks);
                run.clear();
            } else {
                run.add(line.stripTrailing());
            }
        }
        addRun(run, blocks);
        return blocks;
    }

    private static void addRun(List<String> run, List<Block> blocks) {
        int start = 0;
        for (int i = 0; i < run.size(); i++) {
            Matcher heading = HEADING.matcher(run.get(i).strip());
            if (heading.matches()) {
                addLines(run.subList(start, i), blocks);
                blocks.add(new Block.Heading(SPACES.matcher(heading.group(1).strip()).replaceAll(" ")));
                start = i + 1;
            }
        }
        addLines(run.subList(start, run.size()), blocks);
    }

    private static void addLines(List<String> run, List<Block> blocks) {
        int start = 0;
        while (start < run.size()) {
            boolean quote = isQuote(run.get(start));
            int end = start;
            while (end < run.size() && isQuote(run.get(end)) == quote) {
                end++;
            }
            List<String> part = run.subList(start, end);
            if (quote) {
                String quoted = String.join(" ", part.stream().map(line -> line.strip().substring(1).strip()).toList());
                if (!quoted.isBlank()) {
                    blocks.add(new Block.BlockQuote(quoted, null));
                }
            } else {
                addProse(part, blocks);
            }
            start = end;
        }
    }

    private static void addProse(List<String> lines, List<Block> blocks) {
        boolean indentMarksParagraphs = lines.stream().anyMatch(Paragraphs::isIndented)
                && lines.stream().anyMatch(line -> !isIndented(line));
        boolean wrapped = isHardWrapped(lines);
        StringBuilder paragraph = new StringBuilder();
        for (String line : lines) {
            boolean startsNew = !paragraph.isEmpty()
                    && ((indentMarksParagraphs && isIndented(line)) || (!wrapped && !indentMarksParagraphs));
            if (startsNew) {
                blocks.add(new Block.Paragraph(paragraph.toString()));
                paragraph.setLength(0);
            }
            if (!paragraph.isEmpty()) {
                paragraph.append(' ');
            }
            paragraph.append(SPACES.matcher(line.strip()).replaceAll(" "));
        }
        if (!paragraph.isEmpty()) {
            blocks.add(new Block.Paragraph(paragraph.toString()));
        }
    }

    /** True when most lines but the last stop mid-sentence at a similar width: a fixed-width wrap. */
    private static boolean isHardWrapped(List<String> lines) {
        if (lines.size() < 2) {
            return false;
        }
        int wrapLike = 0;
        for (String line : lines.subList(0, lines.size() - 1)) {
            String stripped = line.strip();
            if (stripped.length() >= WRAP_WIDTH && !endsSentence(stripped)) {
                wrapLike++;
            }
        }
        return wrapLike * 2 >= lines.size() - 1;
    }

    private static boolean endsSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return ".!?:;\"'”’»)…".indexOf(last) >= 0;
    }

    private static boolean isIndented(String line) {
        return line.startsWith("\t") || line.startsWith("  ");
    }

    private static boolean isQuote(String line) {
        return line.stripLeading().startsWith(">");
    }
}
