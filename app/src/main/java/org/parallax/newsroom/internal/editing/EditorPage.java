package org.parallax.newsroom.internal.editing;

import java.util.List;

/**
 * What the editor page shows: the form (as stored, or as the editor last typed it), the article
 * when it exists, the messages, and the preview when one was asked for.
 *
 * @param action     where the form posts
 * @param article    null for a new article
 * @param problems   why the last save was refused, or what the preview found
 * @param done       what the last act did, such as "Published."
 * @param previewHtml the sanitized rendering, or null
 */
public record EditorPage(String action, ArticleForm form, DeskArticle article, String address, String scheduled,
        String timeZone, List<String> problems, String done, String previewHtml) {

    public boolean published() {
        return article != null && article.state() == DeskState.PUBLISHED;
    }

    public String heading() {
        return article == null ? "New article" : "Edit: " + article.copy().title();
    }

    public String state() {
        return article == null ? "new" : article.state().code();
    }
}
