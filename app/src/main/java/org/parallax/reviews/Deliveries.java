package org.parallax.reviews;

import java.util.List;

/**
 * Sends frozen editions from the outbox, exactly once per recipient: rows are claimed before
 * sending and marked sent as soon as the server accepted them, so a restart after a crash sends
 * only what was not sent.
 */
public interface Deliveries {

    /** Sends every row of the edition that is due now (including retries whose time has come). */
    DeliveryReport deliver(long editionId);

    /** Sends what is due of every edition that still has rows to send. */
    List<DeliveryReport> deliverDue();

    /** Where each recent edition stands, newest first. */
    List<DeliveryReport> reports(int limit);

    DeliveryReport report(long editionId);
}
