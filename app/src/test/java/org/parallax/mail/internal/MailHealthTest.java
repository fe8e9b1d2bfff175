package org.parallax.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** Mail's part in the health details: a relay that answers (GreenMail), one that is gone, the Maildir. */
class MailHealthTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path data;

    @Test
    void aRelayThatAnswersIsUp() {
        Health health = healthOf("127.0.0.1", smtp.getSmtp().getPort());

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("relay", "127.0.0.1:" + smtp.getSmtp().getPort());
    }

    @Test
    void aRelayThatIsGoneIsDownWithTheReason() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        Health health = healthOf("127.0.0.1", closed);

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("relay", "127.0.0.1:" + closed).containsKey("error");
    }

    @Test
    void theMaildirIsAlwaysUp() {
        MailSettings settings = new MailSettings("Parallax <newsroom@parallax.example>", data, "", 587, null, null, false);

        Health health = new MailHealth(settings, null).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("delivery", "maildir");
    }

    private Health healthOf(String host, int port) {
        MailSettings settings = new MailSettings("Parallax <newsroom@parallax.example>", data, host, port, null, null, false);
        return new MailHealth(settings, MailConfiguration.smtpSender(settings)).health();
    }
}
