package org.parallax.access;

/** The publication's own advertisement, written by an admin, shown to readers without All-Access. */
public record HouseAd(String text, String link) {
}
