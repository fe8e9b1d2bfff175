package org.parallax.reviews.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.reviews.internal.delivery.Newsroom.MONDAY;
import static org.parallax.reviews.internal.delivery.Newsroom.sending;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.TestDatabases;
import org.parallax.TestDatabases.TestDatabase;
import org.parallax.mail.internal.TestMailers;
import org.parallax.reviews.DeliveryReport;
import org.parallax.reviews.Edition;
import org.parallax.reviews.Review;

/**
 * The sender is a process of its own, killed with SIGKILL halfway through a review to 2,000
 * subscribers; a restart finishes the send. The kill lands at a known point: the relay holds a
 * message so the test knows what the server has when the process dies.
 */
class CrashedSendTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Duration LEASE = Duration.ofMinutes(10);

    @TempDir
    Path folder;

    @Test
    void killedHalfwayWhileAMessageIsInFlightEveryReaderEndsWithExactlyOneCopyAfterTheRestart() throws Exception {
        try (TestDatabase db = TestDatabases.sqlite(folder); FaultySmtpProxy proxy = new FaultySmtpProxy(smtp.getSmtp().getPort())) {
            Newsroom newsroom = new Newsroom(db.dataSource());
            newsroom.subscribers("reader", 2000);
            Edition edition = newsroom.editions.freeze(Review.DAILY, MONDAY);
            // The 1,000th message's final dot is held: the server has not taken it when the process dies.
            proxy.holdBeforeDot(1000);

            killWhenHeld(proxy, edition);

            assertThat(smtp.getReceivedMessages()).hasSize(999);
            Map<String, Integer> states = new Outbox(newsroom.jdbc).states(edition.id());
            assertThat(states.get(Outbox.SENT)).as("every message the server took was recorded").isEqualTo(999);
            proxy.holdReleased.countDown();

            DeliveryReport finished = restart(newsroom, edition);

            assertThat(finished).isEqualTo(new DeliveryReport(edition.id(), Review.DAILY, MONDAY, 2000, 2000, 0, 0));
            Map<String, List<String>> copies = DeliveriesTest.copiesByRecipient(smtp);
            assertThat(copies).hasSize(2000).allSatisfy((email, ids) -> assertThat(ids).hasSize(1));
        }
    }

    /**
     * The window that remains, shown rather than hidden: killed after the server took a message and
     * before the sender heard so, that reader gets it twice, both copies with one Message-ID.
     */
    @Test
    void killedAfterTheServerTookAMessageButBeforeItAnsweredThatReaderGetsItAgainWithTheSameMessageId() throws Exception {
        try (TestDatabase db = TestDatabases.sqlite(folder); FaultySmtpProxy proxy = new FaultySmtpProxy(smtp.getSmtp().getPort())) {
            Newsroom newsroom = new Newsroom(db.dataSource());
            newsroom.subscribers("reader", 200);
            Edition edition = newsroom.editions.freeze(Review.DAILY, MONDAY);
            proxy.holdReply(100);

            killWhenHeld(proxy, edition);

            assertThat(smtp.getReceivedMessages()).hasSize(100);
            proxy.holdReleased.countDown();

            DeliveryReport finished = restart(newsroom, edition);

            assertThat(finished.sent()).isEqualTo(200);
            Map<String, List<String>> copies = DeliveriesTest.copiesByRecipient(smtp);
            assertThat(copies).hasSize(200);
            List<String> twice = copies.remove("reader-100@harbour.example");
            assertThat(twice).hasSize(2).containsOnly(twice.getFirst());
            assertThat(copies).allSatisfy((email, ids) -> assertThat(ids).hasSize(1));
        }
    }

    private void killWhenHeld(FaultySmtpProxy proxy, Edition edition) throws Exception {
        Path log = folder.resolve("sender.log");
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process sender = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                SendingProcess.class.getName(), folder.toString(), String.valueOf(proxy.port()), String.valueOf(edition.id()),
                String.valueOf(LEASE.toMillis()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            assertThat(proxy.holding.await(120, TimeUnit.SECONDS))
                    .as("the sender reached the held message; its log is in " + log).isTrue();
        } finally {
            sender.destroyForcibly();
            assertThat(sender.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(sender.exitValue()).as("killed, not finished").isNotZero();
    }

    /** Another sender, once the dead one's claims ran out. */
    private static DeliveryReport restart(Newsroom newsroom, Edition edition) {
        Newsroom restarted = new Newsroom(newsroom.dataSource);
        restarted.clock.advance(LEASE.plusMillis(1));
        return restarted.deliveries(TestMailers.smtp("127.0.0.1", smtp.getSmtp().getPort(), restarted.clock),
                sending(100, 5, Duration.ZERO, LEASE, 3)).deliver(edition.id());
    }
}
