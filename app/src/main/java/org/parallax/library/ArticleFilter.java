package org.parallax.library;

/**
 * Which articles a listing wants: any field may be null for "any"; {@code skipCopies} leaves
 * out copies of articles already in the library. Newest first.
 */
public record ArticleFilter(Boolean own, String outletSlug, ArticleKind kind, boolean skipCopies, int limit) {

    public static ArticleFilter latest(int limit) {
        return new ArticleFilter(null, null, null, false, limit);
    }

    public ArticleFilter ownOnly() {
        return new ArticleFilter(true, outletSlug, kind, skipCopies, limit);
    }

    public ArticleFilter externalOnly() {
        return new ArticleFilter(false, outletSlug, kind, skipCopies, limit);
    }

    public ArticleFilter fromOutlet(String slug) {
        return new ArticleFilter(own, slug, kind, skipCopies, limit);
    }

    public ArticleFilter ofKind(ArticleKind articleKind) {
        return new ArticleFilter(own, outletSlug, articleKind, skipCopies, limit);
    }

    /** Counts each story once: a syndicated copy is left out, its first copy stays. */
    public ArticleFilter originalsOnly() {
        return new ArticleFilter(own, outletSlug, kind, true, limit);
    }
}
