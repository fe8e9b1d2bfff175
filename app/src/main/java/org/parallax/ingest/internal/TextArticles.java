package org.parallax.ingest.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parallax.library.ArticleDraft;
import org.parallax.library.ArticleKind;

/**
 * Reads a plain-text file as one article, as pasted from a page: the first non-blank line is the
 * title, the rest the body. The file's own {@code file:} URL keys it, so importing it again is
 * idempotent; its last-modified time stands in for the publication date.
 */
final class TextArticles {

    private TextArticles() {
    }

    /** @throws IllegalArgumentException when the file has no title or no body */
    static ArticleDraft read(Path file, SourceLines lines, String outlet) throws IOException {
        String title = null;
        StringBuilder body = new StringBuilder();
        for (SourceLines.Line line = lines.next(); line != null; line = lines.next()) {
            if (line.error() != null) {
                throw new IllegalArgumentException("line " + line.number() + " " + line.error());
            }
            if (title == null) {
                if (!line.text().isBlank()) {
                    title = withoutHeadingMark(line.text().strip());
                }
            } else {
                body.append(line.text()).append('\n');
            }
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title is empty (a text file's first line is its title)");
        }
        if (body.isEmpty() || body.toString().isBlank()) {
            throw new IllegalArgumentException("text is empty (the body follows the title line)");
        }
        return new ArticleDraft(null, file.toAbsolutePath().normalize().toUri().toString(), outlet, title, null, null,
                ArticleKind.NEWS, null, null, Files.getLastModifiedTime(file).toInstant(), null, Paragraphs.of(body.toString()));
    }

    /** A Markdown file's title line starts with {@code #}, which is not part of the title. */
    private static String withoutHeadingMark(String line) {
        return line.startsWith("#") ? line.replaceFirst("^#+\\s*", "") : line;
    }
}
