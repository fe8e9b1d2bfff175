package org.parallax.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.parallax.mail.Mail;
import org.parallax.mail.MailFailed;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Builds the MIME message both deliveries send: text with an HTML alternative, Date and Message-ID
 * set (the mail's own Message-ID when it brings one).
 */
final class Messages {

    private static final Session SESSION = Session.getInstance(new Properties());

    private Messages() {
    }

    static MimeMessage of(Mail mail, String from, Clock clock) {
        try {
            String domain = new InternetAddress(from).getAddress().replaceFirst(".*@", "");
            String messageId = mail.headers().getOrDefault(Mail.MESSAGE_ID, "<" + UUID.randomUUID() + "@" + domain + ">");
            MimeMessage message = new MimeMessage(SESSION) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", messageId);
                }
            };
            MimeMessageHelper helper = new MimeMessageHelper(message, mail.html() != null, "UTF-8");
            helper.setFrom(new InternetAddress(from));
            helper.setTo(new InternetAddress(mail.to(), true));
            helper.setSubject(mail.subject());
            helper.setSentDate(Date.from(clock.instant()));
            if (mail.html() != null) {
                helper.setText(mail.text(), mail.html());
            } else {
                helper.setText(mail.text());
            }
            for (Map.Entry<String, String> header : mail.headers().entrySet()) {
                message.setHeader(header.getKey(), header.getValue());
            }
            message.saveChanges();
            return message;
        } catch (MessagingException e) {
            throw new MailFailed("cannot build a message to " + mail.to() + ": " + e.getMessage(), false, e);
        }
    }
}
