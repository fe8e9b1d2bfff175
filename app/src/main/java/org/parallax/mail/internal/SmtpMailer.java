package org.parallax.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parallax.mail.DkimKey;
import org.parallax.mail.Mail;
import org.parallax.mail.MailBatch;
import org.parallax.mail.MailFailed;
import org.parallax.mail.Mailer;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Sends over SMTP; a 4xx answer is temporary (try later), a 5xx answer permanent. */
final class SmtpMailer implements Mailer {

    private final JavaMailSenderImpl sender;
    private final String from;
    private final Clock clock;

    SmtpMailer(JavaMailSenderImpl sender, String from, Clock clock) {
        this.sender = sender;
        this.from = from;
        this.clock = clock;
    }

    @Override
    public String send(Mail mail) {
        MimeMessage message = Messages.of(mail, from, clock);
        try {
            sender.send(message);
            return message.getMessageID();
        } catch (MailException e) {
            throw new MailFailed("SMTP refused the message to " + mail.to() + ": " + e.getMostSpecificCause().getMessage(),
                    temporary(e), e);
        } catch (MessagingException e) {
            throw new MailFailed("cannot read the message id: " + e.getMessage(), false, e);
        }
    }

    @Override
    public MailBatch openBatch(Optional<DkimKey> dkim) {
        return new SmtpBatch(sender, from, clock, new DkimSigning(dkim));
    }

    /** The server's reply code decides (see {@link SmtpReplies}), read from every message that failed first. */
    static boolean temporary(MailException e) {
        List<Throwable> failures = new ArrayList<>();
        if (e instanceof MailSendException send) {
            failures.addAll(send.getFailedMessages().values());
        }
        failures.add(e);
        return SmtpReplies.temporary(failures.toArray(Throwable[]::new));
    }
}
