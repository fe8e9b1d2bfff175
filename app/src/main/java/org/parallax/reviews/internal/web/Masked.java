package org.parallax.reviews.internal.web;

/** An email shown on a page opened from a link, which a forwarded email may hand to someone else. */
final class Masked {

    private Masked() {
    }

    /** The first letter and the domain: "i…@harbour.example". */
    static String email(String email) {
        int at = email == null ? -1 : email.indexOf('@');
        if (at < 1) {
            return "your address";
        }
        return email.charAt(0) + "…" + email.substring(at);
    }
}
