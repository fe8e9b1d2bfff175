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

    /** What the section tells this reader, one line each, as plain text (escaped when shown). */
    List<String> lines(Reader reader);
}
