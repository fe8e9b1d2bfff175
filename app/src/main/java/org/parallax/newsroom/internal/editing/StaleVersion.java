package org.parallax.newsroom.internal.editing;

/** Someone saved the article after the editor opened it: their save would overwrite it, so it is refused. */
class StaleVersion extends RuntimeException {

    private final DeskArticle stored;

    StaleVersion(DeskArticle stored) {
        super("article " + stored.articleId() + " is at version " + stored.version());
        this.stored = stored;
    }

    DeskArticle stored() {
        return stored;
    }
}
