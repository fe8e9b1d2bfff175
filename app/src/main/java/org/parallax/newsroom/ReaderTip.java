package org.parallax.newsroom;

import java.time.Instant;

/**
 * What a signed-in reader told the newsroom about one of its articles. An update may credit it
 * ("Thanks to a reader's tip"); the reader is named only to editors.
 *
 * @param usedAt when an editor marked the tip as used, or null
 */
public record ReaderTip(long id, String articleId, long readerId, String text, Instant sentAt, Instant usedAt) {

    public boolean used() {
        return usedAt != null;
    }
}
