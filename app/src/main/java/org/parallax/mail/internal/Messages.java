package org.parallax.mail.internal;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.parallax.mail.Mail;
import org.parallax.mail.MailFailed;

/**
 * Builds the MIME message both deliveries send: the text, with the HTML as its alternative
 * (multipart/alternative, nothing around it), Date and Message-ID set (the mail's own Message-ID
 * when it brings one). Built with Jakarta Mail alone: Spring's helper loaded the MIME type tables
 * for every message, which cost more than the rest of a review's message.
 */
final class Messages {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

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
            message.setFrom(new InternetAddress(from));
            message.setRecipient(RecipientType.TO, new InternetAddress(mail.to(), true));
            message.setSubject(mail.subject(), UTF_8);
            message.setSentDate(Date.from(clock.instant()));
            if (mail.html() != null) {
                MimeBodyPart text = new MimeBodyPart();
                text.setText(mail.text(), UTF_8);
                MimeBodyPart html = new MimeBodyPart();
                html.setText(mail.html(), UTF_8, "html");
                message.setContent(new MimeMultipart("alternative", text, html));
            } else {
                message.setText(mail.text(), UTF_8);
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
