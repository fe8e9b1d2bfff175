package org.parallax.reviews.internal.web;

/** One recipient an edition could not reach (public for the template). */
public record FailedDelivery(String email, int attempts, String lastError) {
}
