package org.parallax.mail;

import java.util.Map;
import java.util.Objects;

/**
 * One email to one recipient: a plain-text body always, an HTML alternative when there is one,
 * and extra headers such as {@code List-Unsubscribe}. A {@code Message-ID} among the headers is
 * kept (so a message sent again carries the same one); without it a new one is made.
 */
public record Mail(String to, String subject, String text, String html, Map<String, String> headers) {

    public static final String MESSAGE_ID = "Message-ID";

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public static Mail plain(String to, String subject, String text) {
        return new Mail(to, subject, text, null, Map.of());
    }
}
