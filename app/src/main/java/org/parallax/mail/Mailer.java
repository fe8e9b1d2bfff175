package org.parallax.mail;

import java.util.Optional;

/**
 * Sends mail: over SMTP when {@code PARALLAX_SMTP_HOST} is set, otherwise into a Maildir under the
 * data folder ({@code data/mail}), which any mail client can open.
 */
public interface Mailer {

    /** @return the Message-ID the message was sent with */
    String send(Mail mail);

    /**
     * Opens a batch that sends many messages over one connection, each signed with the DKIM key
     * when there is one. Close it when done.
     */
    MailBatch openBatch(Optional<DkimKey> dkim);
}
