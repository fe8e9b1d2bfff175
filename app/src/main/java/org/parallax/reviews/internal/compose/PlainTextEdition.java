package org.parallax.reviews.internal.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.reviews.EditionContent;
import org.parallax.reviews.internal.compose.ComposedEdition.AnalysisItem;
import org.parallax.reviews.internal.compose.ComposedEdition.RadarItem;
import org.parallax.reviews.internal.compose.ComposedEdition.Sentence;
import org.parallax.reviews.internal.compose.ComposedEdition.StoryItem;

/**
 * The plain-text alternative of an edition, written by hand rather than stripped from the HTML:
 * lines wrapped at 72 columns, every link written out on a line of its own (a link is never broken).
 */
final class PlainTextEdition {

    static final int WIDTH = 72;

    private final StringBuilder text = new StringBuilder();

    private PlainTextEdition() {
    }

    static String render(ComposedEdition edition) {
        PlainTextEdition out = new PlainTextEdition();
        out.write(edition);
        return out.text.toString();
    }

    private void write(ComposedEdition edition) {
        line(edition.review().title().toUpperCase(Locale.ENGLISH));
        line(edition.dateLine());
        line(edition.siteUrl());
        if (!edition.openingNote().isEmpty()) {
            section("OUR TAKE");
            edition.openingNote().forEach(this::paragraph);
        }
        if (edition.quiet()) {
            blank();
            paragraph("Nothing new was reported in the period this edition covers. We will be back with the next one; "
                    + "meanwhile the library is open at " + edition.siteUrl());
        }
        if (!edition.stories().isEmpty()) {
            section(edition.storiesHeading().toUpperCase(Locale.ENGLISH));
            int number = 1;
            for (StoryItem story : edition.stories()) {
                story(number++, story);
            }
        }
        if (!edition.analyses().isEmpty()) {
            section("THE LATEST FROM PARALLAX");
            for (AnalysisItem analysis : edition.analyses()) {
                wrapped(analysis.kind() + ": " + analysis.headline(), "", "");
                if (!analysis.teaser().isEmpty()) {
                    wrapped(analysis.teaser(), "", "");
                }
                line(analysis.link());
                blank();
            }
        }
        if (!edition.radar().isEmpty()) {
            section("ON OUR RADAR");
            paragraph("Named in more articles than the day before.");
            for (RadarItem entity : edition.radar()) {
                wrapped(entity.name() + " (" + entity.trend() + ")", "- ", "  ");
                line("  " + entity.link());
            }
        }
        if (!edition.closingNote().isEmpty()) {
            section("WHAT'S TO COME");
            edition.closingNote().forEach(this::paragraph);
        }
        blank();
        line("-".repeat(WIDTH));
        wrapped(edition.reason(), "", "");
        line("Choose which emails you get: " + EditionContent.PREFERENCES);
        line("Unsubscribe: " + EditionContent.UNSUBSCRIBE);
    }

    private void story(int number, StoryItem story) {
        String prefix = number + ". ";
        String indent = " ".repeat(prefix.length());
        wrapped(story.headline(), prefix, indent);
        wrapped(story.coverage() + (story.pinned() ? " · Editors' pick" : ""), indent, indent);
        for (Sentence sentence : story.summary()) {
            wrapped(sentence.text() + " (" + sentence.outlet() + ")", indent, indent);
        }
        line(indent + story.link());
        blank();
    }

    private void section(String heading) {
        blank();
        line(heading);
        line("=".repeat(heading.length()));
        blank();
    }

    private void paragraph(String paragraph) {
        wrapped(paragraph, "", "");
        blank();
    }

    private void blank() {
        if (!text.isEmpty() && !text.toString().endsWith("\n\n")) {
            text.append('\n');
        }
    }

    private void line(String line) {
        text.append(line).append('\n');
    }

    private void wrapped(String paragraph, String first, String indent) {
        wrap(paragraph, first, indent).forEach(this::line);
    }

    /**
     * The words of {@code paragraph} in lines of at most {@link #WIDTH} columns, the first line led
     * by {@code first} and the others by {@code indent}; a longer word (a link) stands alone, unbroken.
     */
    static List<String> wrap(String paragraph, String first, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder(first);
        boolean words = false;
        for (String word : paragraph.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (words && current.length() + 1 + word.length() > WIDTH) {
                lines.add(current.toString());
                current.setLength(0);
                current.append(indent);
                words = false;
            }
            current.append(words ? " " : "").append(word);
            words = true;
        }
        if (words) {
            lines.add(current.toString());
        }
        return lines;
    }
}
