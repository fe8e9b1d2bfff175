package org.parallax.access.internal;

import org.parallax.readers.ReaderDeleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Forgets what the meter kept about a reader once the account is deleted: the unlocked articles and
 * the counts. The readers module publishes the event after its own transaction has committed, so
 * this runs at once, in the same request, and the deletion page is shown only once it is done.
 */
@Component
class MeterErasure {

    private static final Logger log = LoggerFactory.getLogger(MeterErasure.class);

    private final MeterLedger ledger;

    MeterErasure(MeterLedger ledger) {
        this.ledger = ledger;
    }

    @EventListener
    void on(ReaderDeleted deleted) {
        ledger.forget(deleted.readerId());
        log.info("Forgot the meter's unlocks and counts of deleted reader {}", deleted.readerId());
    }
}
