package org.parallax.site.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.parallax.library.Revision;

/**
 * What readers are told on the article when its headline changed: the old and new headline and
 * the editor's note. A change the editor marked minor (a typo) is in the history but gets no notice.
 */
public record HeadlineNotice(String from, String to, String note, Instant changed) {

    /** The notices for an article's versions (oldest first), newest change first. */
    static List<HeadlineNotice> of(List<Revision> revisions) {
        List<HeadlineNotice> notices = new ArrayList<>();
        for (int i = 1; i < revisions.size(); i++) {
            Revision before = revisions.get(i - 1);
            Revision after = revisions.get(i);
            if (!after.minor() && !before.title().equals(after.title())) {
                notices.addFirst(new HeadlineNotice(before.title(), after.title(), after.note(), after.recorded()));
            }
        }
        return notices;
    }
}
