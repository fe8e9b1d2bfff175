package org.parallax.library.internal;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.parallax.library.ArticleStored;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts the articles this node stored, by what storing did ({@code parallax.articles.stored},
 * outcome added, updated, unchanged or withdrawn), once the store has committed.
 */
@Component
class StoredArticlesMeter {

    private final MeterRegistry registry;

    StoredArticlesMeter(MeterRegistry registry) {
        this.registry = registry;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleStored stored) {
        registry.counter("parallax.articles.stored", "outcome", stored.outcome().name().toLowerCase(Locale.ROOT)).increment();
    }
}
