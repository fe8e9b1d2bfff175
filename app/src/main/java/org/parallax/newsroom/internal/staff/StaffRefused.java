package org.parallax.newsroom.internal.staff;

/** A staff change that was not made; the message is written for the admin who asked. */
class StaffRefused extends RuntimeException {

    StaffRefused(String message) {
        super(message);
    }
}
