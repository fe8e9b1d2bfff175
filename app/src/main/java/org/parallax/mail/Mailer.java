package org.parallax.mail;

/**
 * Sends mail: over SMTP when {@code PARALLAX_SMTP_HOST} is set, otherwise into a Maildir under the
 * data folder ({@code data/mail}), which any mail client can open.
 */
public interface Mailer {

    /** @return the Message-ID the message was sent with */
    String send(Mail mail);
}
