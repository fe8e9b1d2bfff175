package org.parallax.newsroom.internal.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.library.AccessLevel;
import org.parallax.library.ArticleKind;
import org.springframework.stereotype.Component;

/**
 * Checks an editor's form and turns it into {@link Copy} and the blocks its Markdown makes, or
 * refuses it with every problem at once, so one round trip shows all there is to fix.
 */
@Component
class FormCheck {

    static final int LONGEST_TITLE = 300;
    static final int LONGEST_DEK = 600;
    static final int LONGEST_LIST = 1000;

    private final MarkdownBlocks markdown;
    private final EditingSettings settings;

    FormCheck(EditingSettings settings) {
        this.settings = settings;
        this.markdown = new MarkdownBlocks(settings.longestText());
    }

    /** The form's content, checked; {@code forPublishing} also asks for text to publish. */
    Checked check(ArticleForm form, boolean forPublishing) {
        List<String> problems = new ArrayList<>();
        String title = form.text(form.title()).strip();
        if (title.isEmpty()) {
            problems.add("The article needs a headline.");
        } else if (title.length() > LONGEST_TITLE) {
            problems.add("The headline is " + title.length() + " characters long; keep it under " + LONGEST_TITLE + ".");
        }
        String dek = form.text(form.dek()).strip();
        if (dek.length() > LONGEST_DEK) {
            problems.add("The dek is " + dek.length() + " characters long; keep it under " + LONGEST_DEK + ".");
        }
        ArticleKind kind = ArticleKind.fromCode(form.text(form.kind())).filter(Newsroom.KINDS::contains).orElse(null);
        if (kind == null) {
            problems.add("Choose a kind: daily analysis, in-depth, opinion post or briefing.");
        }
        AccessLevel access = AccessLevel.fromCode(form.text(form.access())).orElse(null);
        if (access == null) {
            problems.add("Choose who may read it: " + AccessLevel.codes() + ".");
        }
        for (String list : List.of(form.text(form.authors()), form.text(form.sections()), form.text(form.tags()))) {
            if (list.length() > LONGEST_LIST) {
                problems.add("Authors, sections and tags may each be at most " + LONGEST_LIST + " characters.");
                break;
            }
        }
        LeadImage image = leadImage(form, problems);
        String coverage = coverage(form.text(form.coverage()), problems);
        Manuscript manuscript = markdown.read(form.text(form.markdown()));
        problems.addAll(manuscript.problems());
        if (forPublishing && manuscript.acceptable() && manuscript.blocks().isEmpty()) {
            problems.add("There is no text to publish yet.");
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        Copy copy = new Copy(title, dek.isEmpty() ? null : dek, kind, access, String.join(", ", Copy.split(form.authors())),
                String.join(", ", Copy.split(form.sections())), String.join(", ", Copy.split(form.tags())),
                form.text(form.markdown()), image, coverage);
        return new Checked(copy, manuscript);
    }

    /** What the Markdown makes, problems and all, without refusing: the preview shows both. */
    Manuscript preview(ArticleForm form) {
        return markdown.read(form.text(form.markdown()));
    }

    private LeadImage leadImage(ArticleForm form, List<String> problems) {
        String url = form.text(form.leadImageUrl()).strip();
        if (url.isEmpty()) {
            return null;
        }
        int before = problems.size();
        if (SourceLine.webAddress(url).isEmpty() || !url.toLowerCase(Locale.ROOT).startsWith("https://")) {
            problems.add("The lead image must be an https:// address of a picture, not \"" + SourceLine.shorten(url) + "\".");
        }
        String alt = form.text(form.leadImageAlt()).strip();
        if (alt.isEmpty()) {
            problems.add("Describe the lead image for readers who cannot see it (the alt text).");
        }
        int width = pixels(form.text(form.leadImageWidth()), "width", problems);
        int height = pixels(form.text(form.leadImageHeight()), "height", problems);
        int largest = settings.largestImageSide();
        if (width > largest || height > largest) {
            problems.add(String.format(Locale.ENGLISH, "The lead image is %,d × %,d pixels; at most %,d on a side. Use a smaller rendition.",
                    width, height, largest));
        }
        return problems.size() > before ? null : new LeadImage(url, alt, width, height);
    }

    private static int pixels(String typed, String side, List<String> problems) {
        try {
            int value = Integer.parseInt(typed.strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below, as for zero.
        }
        problems.add("Give the lead image's " + side + " in pixels (a whole number).");
        return 0;
    }

    private static String coverage(String typed, List<String> problems) {
        List<String> lines = new ArrayList<>();
        for (String line : typed.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            SourceLine.Parsed parsed = SourceLine.parse(line);
            if (!parsed.ok()) {
                problems.add("Coverage link: " + parsed.problem());
            } else if (parsed.citation().url() == null) {
                problems.add("Coverage link \"" + SourceLine.shorten(line.strip()) + "\" needs an address: write \"Outlet, https://...\".");
            } else {
                lines.add(parsed.citation().name() + ", " + parsed.citation().url());
            }
        }
        return String.join("\n", lines);
    }

    /** A form that passed: its content and the blocks to store. */
    record Checked(Copy copy, Manuscript manuscript) {
    }
}
