package org.parallax.newsroom.internal.editing;

import java.util.List;
import org.parallax.library.ArticleKind;

/** The newsroom's own vocabulary, for forms and lists. */
final class Newsroom {

    /** What the newsroom writes; news is what other outlets report. */
    static final List<ArticleKind> KINDS = List.of(ArticleKind.ANALYSIS, ArticleKind.IN_DEPTH, ArticleKind.OPINION, ArticleKind.BRIEFING);

    private Newsroom() {
    }

    /** How the newsroom names a kind, which is not always how readers see it labelled. */
    static String label(ArticleKind kind) {
        return switch (kind) {
            case ANALYSIS -> "Daily analysis";
            case IN_DEPTH -> "In-depth";
            case OPINION -> "Opinion post";
            case BRIEFING -> "Briefing";
            case NEWS -> "News";
        };
    }
}
