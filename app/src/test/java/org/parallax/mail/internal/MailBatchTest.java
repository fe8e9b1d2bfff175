package org.parallax.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.mail.DkimKey;
import org.parallax.mail.Mail;
import org.parallax.mail.MailBatch;
import org.parallax.mail.MailFailed;
import org.parallax.mail.Mailer;

/** Batches over one SMTP connection (GreenMail) and into the Maildir, signed with DKIM when a key is given. */
class MailBatchTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Clock MONDAY = Clock.fixed(Instant.parse("2026-03-16T07:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    @Test
    void aBatchSendsEveryMessageWithTheMessageIdItWasGiven() throws Exception {
        Mailer mailer = smtpMailer(smtp.getSmtp().getPort());

        try (MailBatch batch = mailer.openBatch(Optional.empty())) {
            for (int i = 1; i <= 3; i++) {
                assertThat(batch.send(review("reader-" + i + "@harbour.example", "<review.1." + i + "@parallax.example>")))
                        .isEqualTo("<review.1." + i + "@parallax.example>");
            }
        }

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).extracting(MimeMessage::getMessageID)
                .containsExactly("<review.1.1@parallax.example>", "<review.1.2@parallax.example>", "<review.1.3@parallax.example>");
        assertThat(received[0].getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
    }

    @Test
    void aBatchWhoseServerIsGoneFailsForNowAndNothingIsLeftOpen() {
        Mailer mailer = smtpMailer(1);

        try (MailBatch batch = mailer.openBatch(Optional.empty())) {
            assertThatThrownBy(() -> batch.send(review("reader@harbour.example", "<review.1.1@parallax.example>")))
                    .isInstanceOf(MailFailed.class)
                    .satisfies(e -> assertThat(((MailFailed) e).temporary()).isTrue());
        }
    }

    @Test
    void aSignedMessageVerifiesWithThePublicKeyOverSmtpAndInTheMaildir() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("RSA").genKeyPair();
        Path pem = data.resolve("dkim.pem");
        Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        DkimKey key = DkimKey.fromPem("parallax.example", "reviews2026", pem);

        try (MailBatch batch = smtpMailer(smtp.getSmtp().getPort()).openBatch(Optional.of(key))) {
            batch.send(review("ilse@harbour.example", "<review.7.1@parallax.example>"));
        }
        Mailer maildir = new MailConfiguration().mailer(settings(data.resolve("mail"), null, 0), MONDAY);
        try (MailBatch batch = maildir.openBatch(Optional.of(key))) {
            batch.send(review("otto@harbour.example", "<review.7.2@parallax.example>"));
        }

        MimeMessage received = smtp.getReceivedMessages()[0];
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        received.writeTo(raw);
        Map<String, String> tags = DkimVerifier.verify(raw.toByteArray(), keys.getPublic());
        assertThat(tags).containsEntry("d", "parallax.example").containsEntry("s", "reviews2026");
        assertThat(tags.get("h").toLowerCase()).contains("from", "subject", "date", "message-id", "list-unsubscribe");
        assertThat(received.getMessageID()).as("signing keeps the Message-ID").isEqualTo("<review.7.1@parallax.example>");

        List<Path> files;
        try (Stream<Path> listed = Files.list(data.resolve("mail/new"))) {
            files = listed.toList();
        }
        byte[] written = Files.readAllBytes(files.getFirst());
        DkimVerifier.verify(written, keys.getPublic());
        try (InputStream in = Files.newInputStream(files.getFirst())) {
            assertThat(new MimeMessage(Session.getInstance(new Properties()), in).getMessageID())
                    .isEqualTo("<review.7.2@parallax.example>");
        }

        KeyPair other = KeyPairGenerator.getInstance("RSA").genKeyPair();
        assertThatThrownBy(() -> DkimVerifier.verify(raw.toByteArray(), other.getPublic())).isInstanceOf(AssertionError.class);
        byte[] tampered = new String(raw.toByteArray(), "ISO-8859-1").replace("night ferries", "night trains").getBytes("ISO-8859-1");
        assertThatThrownBy(() -> DkimVerifier.verify(tampered, keys.getPublic())).isInstanceOf(AssertionError.class);
    }

    private static Mail review(String to, String messageId) {
        return new Mail(to, "The Daily Review: the night ferries sail again", "The night ferries sail again.\n",
                "<p>The night ferries sail again.</p>", Map.of(Mail.MESSAGE_ID, messageId,
                        "List-Unsubscribe", "<https://parallax.example/reviews/unsubscribe/1.daily.x>",
                        "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
    }

    private Mailer smtpMailer(int port) {
        return new MailConfiguration().mailer(settings(data, "127.0.0.1", port), MONDAY);
    }

    private static MailSettings settings(Path maildir, String host, int port) {
        return new MailSettings("Parallax <newsroom@parallax.example>", maildir, host, port, null, null, false);
    }
}
