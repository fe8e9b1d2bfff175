package org.parallax.library;

import java.util.Arrays;
import java.util.Optional;

/** What sort of piece an article is, as the newsroom labels it. */
public enum ArticleKind {
    NEWS("news", "News"),
    ANALYSIS("analysis", "Analysis"),
    IN_DEPTH("in-depth", "In depth"),
    OPINION("opinion", "Opinion"),
    /** The newsroom's short catch-up on a story. */
    BRIEFING("briefing", "Briefing");

    private final String code;
    private final String label;

    ArticleKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The lower-case name used in imports, URLs and the API. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ArticleKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equalsIgnoreCase(code.trim())).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(ArticleKind::code).toList());
    }
}
