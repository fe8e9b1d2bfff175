package org.parallax.search.internal;

import java.util.Locale;
import org.parallax.library.Library;
import org.parallax.search.SearchEngine;
import org.parallax.search.SearchUnavailable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether the search engine answers, and how far the index trails the library. Search being down
 * does not make a node unready: every page but search serves without it, so this indicator
 * belongs in the overall health, not in the readiness group.
 */
final class SearchHealth implements HealthIndicator {

    private final SearchEngine engine;
    private final Library library;
    private final SearchProperties.Engine kind;

    SearchHealth(SearchEngine engine, Library library, SearchProperties.Engine kind) {
        this.engine = engine;
        this.library = library;
        this.kind = kind;
    }

    @Override
    public Health health() {
        String name = kind.name().toLowerCase(Locale.ROOT);
        try {
            long indexed = engine.lastIndexedChange();
            return Health.up()
                    .withDetail("engine", name)
                    .withDetail("indexedChange", indexed)
                    .withDetail("changesBehind", Math.max(0, library.lastChange() - indexed))
                    .build();
        } catch (SearchUnavailable unavailable) {
            return Health.down().withDetail("engine", name).withDetail("error", unavailable.getMessage()).build();
        }
    }
}
