package org.parallax.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import org.parallax.mail.Mail;
import org.parallax.mail.MailBatch;
import org.parallax.mail.MailFailed;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One SMTP connection kept open for many messages. After any failure the connection is closed and
 * the next message opens a fresh one: after a refusal the server's state is not worth guessing, and
 * refusals are rare.
 */
final class SmtpBatch implements MailBatch {

    private final JavaMailSenderImpl sender;
    private final String from;
    private final Clock clock;
    private final DkimSigning signing;
    private Transport transport;

    SmtpBatch(JavaMailSenderImpl sender, String from, Clock clock, DkimSigning signing) {
        this.sender = sender;
        this.from = from;
        this.clock = clock;
        this.signing = signing;
    }

    @Override
    public String send(Mail mail) {
        MimeMessage message = Messages.of(mail, from, clock);
        try {
            String messageId = message.getMessageID();
            MimeMessage signed = signing.apply(message);
            connected().sendMessage(signed, signed.getAllRecipients());
            return messageId;
        } catch (MessagingException e) {
            close();
            throw new MailFailed("SMTP refused the message to " + mail.to() + ": " + describe(e), SmtpReplies.temporary(e), e);
        }
    }

    private Transport connected() throws MessagingException {
        if (transport == null) {
            Transport opened = sender.getSession().getTransport(sender.getProtocol() == null ? "smtp" : sender.getProtocol());
            opened.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
            transport = opened;
        }
        return transport;
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the connection is gone either way
            }
            transport = null;
        }
    }

    private static String describe(MessagingException e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        Exception next = e.getNextException();
        for (int depth = 0; next != null && depth < 3; depth++) {
            text.append(": ").append(next.getMessage());
            next = next instanceof MessagingException messaging ? messaging.getNextException() : null;
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }
}
