package org.parallax.newsroom.internal.editing;

/**
 * The editor's form as posted, every field as typed so nothing is lost when something is refused:
 * the form comes back filled in with the message. {@code version} is the version the editor started
 * from; {@code note} and {@code minor} describe a change to a published article.
 */
public record ArticleForm(String title, String dek, String kind, String access, String authors, String sections, String tags,
        String markdown, String leadImageUrl, String leadImageAlt, String leadImageWidth, String leadImageHeight,
        String coverage, String publishAt, String version, String note, Boolean minor) {

    static ArticleForm blank() {
        return new ArticleForm("", "", "analysis", "subscribers", "", "", "", "", "", "", "", "", "", "", "0", "", false);
    }

    static ArticleForm of(DeskArticle article, String publishAt) {
        Copy copy = article.copy();
        LeadImage image = copy.leadImage();
        return new ArticleForm(copy.title(), nullToEmpty(copy.dek()), copy.kind().code(), copy.access().code(),
                copy.authors(), copy.sections(), copy.tags(), copy.markdown(),
                image == null ? "" : image.url(), image == null ? "" : nullToEmpty(image.alt()),
                image == null ? "" : String.valueOf(image.width()), image == null ? "" : String.valueOf(image.height()),
                copy.coverage(), publishAt, String.valueOf(article.version()), "", false);
    }

    /** The same form, answering to another version: the editor keeps their text and may save over the stored one. */
    ArticleForm atVersion(int newer) {
        return new ArticleForm(title, dek, kind, access, authors, sections, tags, markdown, leadImageUrl, leadImageAlt,
                leadImageWidth, leadImageHeight, coverage, publishAt, String.valueOf(newer), note, minor);
    }

    /** Whether the editor ticked "minor change"; an unticked box sends nothing. */
    public boolean minorChange() {
        return Boolean.TRUE.equals(minor);
    }

    String text(String field) {
        return field == null ? "" : field;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
