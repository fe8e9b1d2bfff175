package org.parallax.library;

import java.util.Optional;

/**
 * One entry of the library's change log. Derived state (the search index) replays these
 * to catch up; {@code article} is empty when the article no longer exists.
 */
public record LibraryChange(long sequence, long articleKey, String articleId, Optional<Article> article) {
}
