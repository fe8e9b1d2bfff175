package org.parallax.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.mail.Mail;
import org.parallax.mail.MailFailed;
import org.parallax.mail.Mailer;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Sends over SMTP; a 4xx answer is temporary (try later), a 5xx answer permanent. */
final class SmtpMailer implements Mailer {

    private static final Pattern REPLY_CODE = Pattern.compile("(?:^|\\D)([45])\\d\\d[ -]");

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

    /**
     * The server's reply code decides: 5xx is permanent, 4xx means "not now", and a failure before
     * any reply (no connection, a timeout) is worth another try too.
     */
    static boolean temporary(MailException e) {
        List<Throwable> chain = new ArrayList<>();
        if (e instanceof MailSendException send) {
            chain.addAll(send.getFailedMessages().values());
        }
        chain.add(e);
        for (Throwable failure : chain) {
            for (Throwable cause = failure; cause != null; cause = next(cause)) {
                Matcher code = REPLY_CODE.matcher(String.valueOf(cause.getMessage()));
                if (code.find()) {
                    return code.group(1).equals("4");
                }
            }
        }
        return true;
    }

    private static Throwable next(Throwable cause) {
        if (cause instanceof MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        return cause.getCause();
    }
}
