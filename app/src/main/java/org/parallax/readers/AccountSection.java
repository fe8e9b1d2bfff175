package org.parallax.readers;

import java.util.List;

/**
 * A part of the account page that belongs to another module (the access module's subscription and
 * free-article allowance, later a newsletter's). The readers module lists every implementation
 * without knowing what it shows, so it never depends on the modules that add to the page.
 */
public interface AccountSection {

    /** The heading of the section, e.g. "Subscription". */
    String title();

    /**
     * What the section tells this reader, one line each (escaped when shown), some of them links to
     * pages of this site (an article, the subscribe page). An empty section is not shown.
     */
    List<Line> lines(Reader reader);

    /**
     * One line of a section: plain text, and optionally where it links to on this site.
     *
     * @param link a path on this site such as "/subscribe", or null; never another site's address,
     *             so no section can send readers elsewhere or run script from their account page
     */
    record Line(String text, String link) {

        public Line {
            if (text == null) {
                throw new IllegalArgumentException("a line needs its text");
            }
            if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.startsWith("/\\"))) {
                throw new IllegalArgumentException("an account page line links only to this site: " + link);
            }
        }

        public static Line plain(String text) {
            return new Line(text, null);
        }
    }
}
