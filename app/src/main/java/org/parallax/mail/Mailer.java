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
     * when there is one. Close it when done. Both deliveries of the mail module keep one connection
     * (or folder) for the batch; this default, for a mailer that has neither, sends one by one and
     * cannot sign.
     */
    default MailBatch openBatch(Optional<DkimKey> dkim) {
        if (dkim.isPresent()) {
            throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot sign with DKIM");
        }
        return new MailBatch() {
            @Override
            public String send(Mail mail) {
                return Mailer.this.send(mail);
            }

            @Override
            public void close() {
                // nothing held open
            }
        };
    }
}
