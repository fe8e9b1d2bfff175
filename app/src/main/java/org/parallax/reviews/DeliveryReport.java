package org.parallax.reviews;

import java.time.LocalDate;

/**
 * How far an edition's delivery went.
 *
 * @param pending rows not sent yet, including those waiting for a retry and those being sent now
 * @param failed  rows given up for good (permanent refusals, too many temporary ones)
 */
public record DeliveryReport(long editionId, Review review, LocalDate date, int recipients, int sent, int failed,
        int pending) {

    public boolean done() {
        return pending == 0;
    }
}
