package org.parallax.newsroom.internal.editing;

/** Both versions of a conflicting save: the editor's, in the form to save again, and the one stored meanwhile. */
public record ConflictPage(EditorPage theirs, ArticleForm stored, String storedBy, String storedAt) {
}
