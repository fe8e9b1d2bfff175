package org.parallax;

import java.util.LinkedHashSet;
import java.util.Set;
import org.parallax.library.Library;
import org.parallax.library.LibraryChange;

/**
 * Takes back the own articles a web test published, so that tests sharing the application's
 * database do not push the site fixtures off the front page for the tests that run after them.
 */
public final class NewArticles {

    private final Library library;
    private final long since;

    private NewArticles(Library library) {
        this.library = library;
        this.since = library.lastChange();
    }

    /** Remembers where the library's change log stands now. */
    public static NewArticles from(Library library) {
        return new NewArticles(library);
    }

    /** Withdraws every own article stored since {@link #from}. */
    public void withdraw() {
        Set<String> stored = new LinkedHashSet<>();
        for (LibraryChange change : library.changesSince(since, 10_000)) {
            change.article().filter(article -> article.own()).ifPresent(article -> stored.add(article.id()));
        }
        stored.forEach(library::withdraw);
    }
}
