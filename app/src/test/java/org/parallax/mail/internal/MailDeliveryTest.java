package org.parallax.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.mail.Mail;
import org.parallax.mail.MailFailed;
import org.parallax.mail.Mailer;
import org.springframework.mail.MailSendException;

/** Mail reaches a real SMTP server (GreenMail) or the embedded default's Maildir, whole and well-formed. */
class MailDeliveryTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Clock MONDAY = Clock.fixed(Instant.parse("2026-03-16T06:00:00Z"), ZoneOffset.UTC);
    private static final Mail REVIEW = new Mail("reader@harbour.example", "Your Daily Review: the ferries sail again",
            "The night ferries return in April.", "<p>The night ferries return in <b>April</b>.</p>",
            Map.of("List-Unsubscribe", "<https://parallax.example/unsubscribe/abc>"));

    @TempDir
    Path data;

    @Test
    void withoutAnSmtpHostMailIsDeliveredWholeIntoTheMaildir() throws Exception {
        Mailer mailer = new MailConfiguration().mailer(settings(data.resolve("mail"), null, 0), MONDAY);

        String messageId = mailer.send(REVIEW);

        List<Path> delivered;
        try (Stream<Path> files = Files.list(data.resolve("mail/new"))) {
            delivered = files.toList();
        }
        assertThat(delivered).hasSize(1);
        try (Stream<Path> drafts = Files.list(data.resolve("mail/tmp"))) {
            assertThat(drafts).isEmpty();
        }
        assertThat(Files.isDirectory(data.resolve("mail/cur"))).isTrue();
        MimeMessage message;
        try (InputStream in = Files.newInputStream(delivered.getFirst())) {
            message = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertThat(message.getMessageID()).isEqualTo(messageId).endsWith("@parallax.example>");
        assertThat(message.getSubject()).isEqualTo(REVIEW.subject());
        assertThat(message.getSentDate().toInstant()).isEqualTo(MONDAY.instant());
        assertThat(message.getHeader("List-Unsubscribe")).containsExactly("<https://parallax.example/unsubscribe/abc>");
        assertThat(GreenMailUtil.getBody(message)).contains("The night ferries return in April.", "<b>April</b>");
    }

    @Test
    void withAnSmtpHostMailIsSentToTheServerAsTextWithAnHtmlAlternative() throws Exception {
        Mailer mailer = new MailConfiguration().mailer(settings(data, "127.0.0.1", smtp.getSmtp().getPort()), MONDAY);

        String messageId = mailer.send(REVIEW);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getMessageID()).isEqualTo(messageId);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("reader@harbour.example");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("Parallax <newsroom@parallax.example>");
        assertThat(received[0].getHeader("List-Unsubscribe")).isNotNull();
        assertThat(received[0].getContentType()).startsWith("multipart/alternative");
        assertThat(GreenMailUtil.getBody(received[0])).contains("text/plain", "text/html");
        assertThat(received[0].getContent()).isInstanceOf(Multipart.class);
    }

    @Test
    void aServerThatCannotBeReachedIsATemporaryFailure() {
        Mailer mailer = new MailConfiguration().mailer(settings(data, "127.0.0.1", 1), MONDAY);

        assertThatThrownBy(() -> mailer.send(REVIEW)).isInstanceOf(MailFailed.class)
                .hasMessageContaining("reader@harbour.example")
                .satisfies(e -> assertThat(((MailFailed) e).temporary()).isTrue());
    }

    @Test
    void aFiveHundredReplyIsPermanentAndAFourHundredReplyIsNot() {
        assertThat(SmtpMailer.temporary(new MailSendException("550 5.1.1 <gone@harbour.example>: Recipient address rejected")))
                .isFalse();
        assertThat(SmtpMailer.temporary(new MailSendException("451 4.3.0 Mailbox busy, try again later"))).isTrue();
        assertThat(SmtpMailer.temporary(new MailSendException("Couldn't connect to host, port: 127.0.0.1, 1"))).isTrue();
    }

    @Test
    void aMalformedAddressIsRefusedWithAClearMessageAndNothingIsWritten() throws Exception {
        Mailer mailer = new MailConfiguration().mailer(settings(data.resolve("mail"), null, 0), MONDAY);

        assertThatThrownBy(() -> mailer.send(Mail.plain("not an address", "Hello", "Text")))
                .isInstanceOf(MailFailed.class).hasMessageContaining("not an address")
                .satisfies(e -> assertThat(((MailFailed) e).temporary()).isFalse());
        assertThat(Files.exists(data.resolve("mail/new"))).isFalse();
    }

    private static MailSettings settings(Path maildir, String host, int port) {
        return new MailSettings("Parallax <newsroom@parallax.example>", maildir, host, port, null, null, false);
    }
}
