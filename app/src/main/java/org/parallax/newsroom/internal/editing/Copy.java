package org.parallax.newsroom.internal.editing;

import java.util.Arrays;
import java.util.List;
import org.parallax.library.AccessLevel;
import org.parallax.library.ArticleKind;

/**
 * An article's content as the newsroom keeps it, checked: everything the editor typed except when
 * to publish. {@code authors}, {@code sections} and {@code tags} are comma-separated as typed;
 * {@code coverage} holds one {@code Outlet, https://...} line per link; {@code leadImage} may be null.
 */
public record Copy(String title, String dek, ArticleKind kind, AccessLevel access, String authors, String sections,
        String tags, String markdown, LeadImage leadImage, String coverage) {

    List<String> authorList() {
        return split(authors);
    }

    List<String> sectionList() {
        return split(sections);
    }

    List<String> tagList() {
        return split(tags);
    }

    /** The byline readers see: "Ana Ruiz", "Ana Ruiz and Ben Ode", "Ana Ruiz, Ben Ode and Cy Lam". */
    String byline() {
        List<String> names = authorList();
        if (names.size() <= 1) {
            return names.isEmpty() ? null : names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    static List<String> split(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split(",")).map(String::strip).filter(part -> !part.isEmpty()).distinct().toList();
    }
}
