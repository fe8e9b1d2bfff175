package org.parallax.library;

/**
 * Which articles a listing wants: any field may be null for "any". Newest first.
 */
public record ArticleFilter(Boolean own, String outletSlug, ArticleKind kind, int limit) {

    public static ArticleFilter latest(int limit) {
        return new ArticleFilter(null, null, null, limit);
    }

    public ArticleFilter ownOnly() {
        return new ArticleFilter(true, outletSlug, kind, limit);
    }

    public ArticleFilter externalOnly() {
        return new ArticleFilter(false, outletSlug, kind, limit);
    }

    public ArticleFilter fromOutlet(String slug) {
        return new ArticleFilter(own, slug, kind, limit);
    }

    public ArticleFilter ofKind(ArticleKind articleKind) {
        return new ArticleFilter(own, outletSlug, articleKind, limit);
    }
}
