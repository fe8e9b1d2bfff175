package org.parallax.reviews.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.reviews.internal.delivery.Newsroom.MONDAY;
import static org.parallax.reviews.internal.delivery.Newsroom.sending;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.TestDatabases;
import org.parallax.TestDatabases.Kind;
import org.parallax.TestDatabases.TestDatabase;
import org.parallax.mail.Mailer;
import org.parallax.mail.internal.DkimVerifier;
import org.parallax.mail.internal.TestMailers;
import org.parallax.readers.Reader;
import org.parallax.readers.ReaderDeleted;
import org.parallax.reviews.DeliveryReport;
import org.parallax.reviews.Edition;
import org.parallax.reviews.Review;
import org.parallax.reviews.internal.RecipientTokens.Recipient;

/**
 * The outbox sends each eligible reader one copy over SMTP (GreenMail), through a relay that drops
 * connections, answers 4xx for a while and 5xx for one recipient; on SQLite and PostgreSQL.
 */
class DeliveriesTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final SendingSettings QUICK = sending(100, 5, Duration.ZERO, Duration.ofMinutes(10), 3);

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everySubscriberGetsOneCopyWithTheirOwnLinksAndTheOneClickHeaders(Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Newsroom newsroom = new Newsroom(db.dataSource());
            List<Reader> subscribers = List.of(newsroom.subscriber("ilse@harbour.example"),
                    newsroom.subscriber("marta@harbour.example"), newsroom.subscriber("otto@harbour.example"));
            Edition edition = newsroom.editions.freeze(Review.DAILY, MONDAY);
            OutboxDeliveries deliveries = newsroom.deliveries(greenMail(newsroom), sending(2, 5, Duration.ZERO,
                    Duration.ofMinutes(10), 3));

            DeliveryReport report = deliveries.deliver(edition.id());

            assertThat(report).isEqualTo(new DeliveryReport(edition.id(), Review.DAILY, MONDAY, 3, 3, 0, 0));
            assertThat(report.done()).isTrue();
            SignedRecipientTokens tokens = newsroom.tokens(QUICK);
            for (Reader subscriber : subscribers) {
                MimeMessage copy = onlyCopy(subscriber.email());
                String unsubscribe = copy.getHeader("List-Unsubscribe")[0];
                String token = unsubscribe.substring(unsubscribe.lastIndexOf('/') + 1, unsubscribe.length() - 1);
                assertThat(unsubscribe).isEqualTo("<https://parallax.example/reviews/unsubscribe/" + token + ">");
                assertThat(tokens.verify(token)).contains(new Recipient(subscriber.id(), Review.DAILY));
                assertThat(copy.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
                assertThat(copy.getMessageID()).isEqualTo("<review-" + edition.id() + "-" + subscriber.id() + "@parallax.example>");
                assertThat(copy.getSentDate()).isNotNull();
                assertThat(copy.getSubject()).isEqualTo("The Daily Review: the night ferries sail again");
                assertThat(GreenMailUtil.getBody(copy)).contains("reviews/unsubscribe/" + token, "reviews/preferences/" + token)
                        .doesNotContain("{{");
                assertThat(messageIdRecorded(newsroom, edition.id(), subscriber.id())).isEqualTo(copy.getMessageID());
            }

            assertThat(deliveries.deliver(edition.id()).sent()).as("a second run sends nothing").isEqualTo(3);
            assertThat(smtp.getReceivedMessages()).hasSize(3);
            assertThat(deliveries.reports(10)).containsExactly(report);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aConnectionDroppedMidBatchSkipsNoReaderAndDoublesNone(Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.create(kind, folder); FaultySmtpProxy proxy = proxy()) {
            Newsroom newsroom = new Newsroom(db.dataSource());
            newsroom.subscribers("reader", 10);
            Edition edition = newsroom.editions.freeze(Review.DAILY, MONDAY);
            proxy.dropBefore(4);

            DeliveryReport report = newsroom.deliveries(through(proxy, newsroom), QUICK).deliver(edition.id());

            assertThat(report.sent()).isEqualTo(10);
            assertThat(copiesByRecipient()).hasSize(10).allSatisfy((email, ids) -> assertThat(ids).hasSize(1));
            assertThat(newsroom.jdbc.sql("select sum(attempts) from review_delivery").query(Integer.class).single())
                    .as("the message cut off counts one failed try").isEqualTo(1);
        }
    }

    /** The one window no SMTP client can close: the server took the message and the answer was lost. */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void aMessageTheServerTookWithoutTheSenderHearingGoesAgainWithTheSameMessageId(Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.create(kind, folder); FaultySmtpProxy proxy = proxy()) {
            Newsroom newsroom = new Newsroom(db.dataSource());
            newsroom.subscribers("reader", 6);
            Edition edition = newsroom.editions.freeze(Review.DAILY, MONDAY);
            proxy.dropAfterAcceptance(3);

            newsroom.deliveries(through(proxy, newsroom), QUICK).deliver(edition.id());

            Map<String, List<String>> copies = copiesByRecipient();
            assertThat(copies).hasSize(6);
            assertThat(copies.get("reader-3@harbour.example")).hasSize(2).containsOnly(copies.get("reader-3@harbour.example").getFirst());
            copies.remove("reader-3@harbour.example");
            assertThat(copies).allSatisfy((email, ids) -> assertThat(ids).hasSize(1));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aReaderRefusedForNowIsTriedAgainAfterABackOffThatDoublesAndGivenUpAfterTheLastTry(Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.create(kind, folder); FaultySmtpProxy proxy = proxy()) {
            Newsroom newsroom = new Newsroom(db.dataSource());
            newsroom.subscribers("reader", 5);
            Edition edition = newsroom.editions.freeze(Review.DAILY, MONDAY);
            OutboxDeliveries deliveries = newsroom.deliveries(through(proxy, newsroom),
                    sending(100, 3, Duration.ofMinutes(2), Duration.ofMinutes(10), 3));
            proxy.busyFor(1);
            proxy.refuseForNow("reader-5@harbour.example", 10);

            DeliveryReport first = deliveries.deliver(edition.id());

            assertThat(first.sent()).isEqualTo(3);
            assertThat(first.pending()).isEqualTo(2);
            assertThat(dueAt(newsroom, edition.id(), "reader-1@harbour.example") - newsroom.clock.millis())
                    .isEqualTo(Duration.ofMinutes(2).toMillis());
            assertThat(deliveries.deliverDue()).as("nothing is due before the back-off").isEmpty();

            newsroom.clock.advance(Duration.ofMinutes(2));
            DeliveryReport second = deliveries.deliverDue().getFirst();

            assertThat(second.sent()).isEqualTo(4);
            assertThat(dueAt(newsroom, edition.id(), "reader-5@harbour.example") - newsroom.clock.millis())
                    .as("the second wait is twice the first").isEqualTo(Duration.ofMinutes(4).toMillis());

            newsroom.clock.advance(Duration.ofMinutes(4));
            DeliveryReport third = deliveries.deliverDue().getFirst();

            assertThat(third).isEqualTo(new DeliveryReport(edition.id(), Review.DAILY, MONDAY, 5, 4, 1, 0));
            assertThat(lastError(newsroom, edition.id(), "reader-5@harbour.example")).contains("gave up after 3 tries", "451");
            assertThat(copiesByRecipient()).hasSize(4).allSatisfy((email, ids) -> assertThat(ids).hasSize(1));
            assertThat(newsroom.bounces.bouncing("reader-5@harbour.example")).as("a temporary refusal is no bounce").isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aServerTakingNoMailForAWhilePausesTheBatchInsteadOfSpendingEveryReadersTries(Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.create(kind, folder); FaultySmtpProxy proxy = proxy()) {
            Newsroom newsroom = new Newsroom(db.dataSource());
            newsroom.subscribers("reader", 10);
            Edition edition = newsroom.editions.freeze(Review.DAILY, MONDAY);
            OutboxDeliveries deliveries = newsroom.deliveries(through(proxy, newsroom),
                    sending(100, 3, Duration.ofMinutes(2), Duration.ofMinutes(10), 3));
            proxy.busyFor(4);

            DeliveryReport first = deliveries.deliver(edition.id());

            assertThat(first.pending()).isEqualTo(10);
            assertThat(newsroom.jdbc.sql("select sum(attempts) from review_delivery").query(Integer.class).single())
                    .as("two tries spent, the other eight readers wait untried").isEqualTo(2);
            assertThat(copiesByRecipient()).isEmpty();

            newsroom.clock.advance(Duration.ofMinutes(2));
            deliveries.deliverDue();
            newsroom.clock.advance(Duration.ofMinutes(4));
            DeliveryReport recovered = deliveries.deliverDue().getFirst();

            assertThat(recovered).isEqualTo(new DeliveryReport(edition.id(), Review.DAILY, MONDAY, 10, 10, 0, 0));
            assertThat(copiesByRecipient()).hasSize(10).allSatisfy((email, ids) -> assertThat(ids).hasSize(1));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aPermanentRefusalFailsOnlyThatReaderAndRepeatedOnesMarkTheAddressBouncing(Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.create(kind, folder); FaultySmtpProxy proxy = proxy()) {
            Newsroom newsroom = new Newsroom(db.dataSource());
            newsroom.subscribers("reader", 4);
            proxy.refuseForGood("reader-2@harbour.example", "550 5.1.1 <reader-2@harbour.example>: no such mailbox");
            OutboxDeliveries deliveries = newsroom.deliveries(through(proxy, newsroom), sending(100, 5, Duration.ZERO,
                    Duration.ofMinutes(10), 2));

            Edition monday = newsroom.editions.freeze(Review.DAILY, MONDAY);
            DeliveryReport first = deliveries.deliver(monday.id());

            assertThat(first).isEqualTo(new DeliveryReport(monday.id(), Review.DAILY, MONDAY, 4, 3, 1, 0));
            assertThat(lastError(newsroom, monday.id(), "reader-2@harbour.example")).contains("550");
            assertThat(newsroom.bounces.bouncing("reader-2@harbour.example")).isFalse();

            Edition tuesday = newsroom.editions.freeze(Review.DAILY, MONDAY.plusDays(1));
            deliveries.deliver(tuesday.id());
            assertThat(newsroom.bounces.bouncing("reader-2@harbour.example")).as("the second refusal reaches the threshold").isTrue();

            Edition wednesday = newsroom.editions.freeze(Review.DAILY, MONDAY.plusDays(2));
            assertThat(newsroom.deliveries(wednesday.id())).as("a bouncing address is not addressed").isEqualTo(3);
            assertThat(copiesByRecipient()).hasSize(3).allSatisfy((email, ids) -> assertThat(ids).hasSize(2));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aReaderWhoUnsubscribesDuringTheSendGetsNothingMoreAndTheOthersGetTheirs(Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.create(kind, folder); FaultySmtpProxy proxy = proxy()) {
            Newsroom newsroom = new Newsroom(db.dataSource());
            newsroom.subscribers("reader", 8);
            Edition edition = newsroom.editions.freeze(Review.DAILY, MONDAY);
            long leaving = newsroom.readers.byEmail("reader-6@harbour.example").orElseThrow().id();
            SignedRecipientTokens tokens = newsroom.tokens(QUICK);
            String token = tokens.sign(leaving, Review.DAILY);
            // the one-click POST arrives while the third message is going out
            proxy.onMessage(n -> {
                if (n == 3) {
                    tokens.verify(token).ifPresent(who -> newsroom.preferences.choose(who.readerId(), who.review(), false));
                }
            });

            DeliveryReport report = newsroom.deliveries(through(proxy, newsroom), QUICK).deliver(edition.id());

            assertThat(copiesByRecipient()).hasSize(7).doesNotContainKey("reader-6@harbour.example")
                    .allSatisfy((email, ids) -> assertThat(ids).hasSize(1));
            assertThat(report).isEqualTo(new DeliveryReport(edition.id(), Review.DAILY, MONDAY, 7, 7, 0, 0));
            assertThat(lastError(newsroom, edition.id(), "reader-6@harbour.example")).isEqualTo("unsubscribed");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aReaderWhoDeletesTheAccountDuringTheSendGetsNothingMoreAndTheOutboxForgetsTheAddress(Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.create(kind, folder); FaultySmtpProxy proxy = proxy()) {
            Newsroom newsroom = new Newsroom(db.dataSource());
            newsroom.subscribers("reader", 5);
            Edition edition = newsroom.editions.freeze(Review.DAILY, MONDAY);
            Reader leaving = newsroom.readers.byEmail("reader-4@harbour.example").orElseThrow();
            newsroom.preferences.choose(leaving.id(), Review.WEEKLY, false);
            ReviewErasure erasure = new ReviewErasure(newsroom.jdbc);
            proxy.onMessage(n -> {
                if (n == 2) {
                    newsroom.readers.delete(leaving.id());
                    erasure.on(new ReaderDeleted(leaving.id()));
                }
            });

            DeliveryReport report = newsroom.deliveries(through(proxy, newsroom), QUICK).deliver(edition.id());

            assertThat(copiesByRecipient()).hasSize(4).doesNotContainKey("reader-4@harbour.example");
            assertThat(report.recipients()).isEqualTo(4);
            assertThat(newsroom.jdbc.sql("select state || ':' || email || ':' || last_error from review_delivery where reader_id = ?")
                    .param(leaving.id()).query(String.class).single()).isEqualTo("withdrawn::the account was deleted");
            assertThat(newsroom.jdbc.sql("select count(*) from review_preference where reader_id = ?").param(leaving.id())
                    .query(Integer.class).single()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void readersDeletedOrLapsedAfterTheFreezeAreWithdrawnAndSentNothing(Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Newsroom newsroom = new Newsroom(db.dataSource());
            Reader staying = newsroom.subscriber("ilse@harbour.example");
            Reader deleted = newsroom.subscriber("otto@harbour.example");
            Reader lapsed = newsroom.subscriber("marta@harbour.example");
            Reader declined = newsroom.subscriber("jonas@harbour.example");
            Edition edition = newsroom.editions.freeze(Review.DAILY, MONDAY);
            newsroom.readers.delete(deleted.id());
            newsroom.jdbc.sql("update subscription set grants_access = ? where reader_id = ?").params(false, lapsed.id()).update();
            newsroom.preferences.choose(declined.id(), Review.DAILY, false);

            DeliveryReport report = newsroom.deliveries(greenMail(newsroom), QUICK).deliver(edition.id());

            assertThat(copiesByRecipient()).containsOnlyKeys(staying.email());
            assertThat(report).isEqualTo(new DeliveryReport(edition.id(), Review.DAILY, MONDAY, 1, 1, 0, 0));
            assertThat(lastError(newsroom, edition.id(), "otto@harbour.example")).isEqualTo("the account was deleted");
            assertThat(lastError(newsroom, edition.id(), "marta@harbour.example")).isEqualTo("no longer a subscriber");
            assertThat(lastError(newsroom, edition.id(), "jonas@harbour.example")).isEqualTo("unsubscribed");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void sendersOnTwoNodesOfTwoConnectionsEachShareTheOutboxAndNoReaderGetsTwoCopies(Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Newsroom newsroom = new Newsroom(db.dataSource());
            newsroom.subscribers("reader", 120);
            Edition edition = newsroom.editions.freeze(Review.DAILY, MONDAY);
            SendingSettings small = sending(2, 10);
            List<OutboxDeliveries> nodes = List.of(newsroom.deliveries(greenMail(newsroom), small),
                    new Newsroom(db.dataSource()).deliveries(greenMail(newsroom), small));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<DeliveryReport>> runs = new ArrayList<>();
                for (OutboxDeliveries node : nodes) {
                    runs.add(pool.submit(() -> node.deliver(edition.id())));
                }
                for (Future<DeliveryReport> run : runs) {
                    run.get();
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(copiesByRecipient()).hasSize(120).allSatisfy((email, ids) -> assertThat(ids).hasSize(1));
            assertThat(nodes.getFirst().report(edition.id()).sent()).isEqualTo(120);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void rowsLeftClaimedByASenderThatDiedAreSentWhenItsLeaseRunsOut(Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Newsroom newsroom = new Newsroom(db.dataSource());
            newsroom.subscribers("reader", 5);
            Edition edition = newsroom.editions.freeze(Review.DAILY, MONDAY);
            Outbox outbox = new Outbox(newsroom.jdbc);
            long now = newsroom.clock.millis();
            outbox.claim(edition.id(), "dead-node/1", 3, now, now + Duration.ofMinutes(10).toMillis());
            OutboxDeliveries deliveries = newsroom.deliveries(greenMail(newsroom), QUICK);

            DeliveryReport before = deliveries.deliver(edition.id());

            assertThat(before.sent()).isEqualTo(2);
            assertThat(before.pending()).as("still held by the dead sender's claim").isEqualTo(3);

            newsroom.clock.advance(Duration.ofMinutes(10).plusMillis(1));
            DeliveryReport after = deliveries.deliverDue().getFirst();

            assertThat(after.sent()).isEqualTo(5);
            assertThat(copiesByRecipient()).hasSize(5).allSatisfy((email, ids) -> assertThat(ids).hasSize(1));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theEmbeddedDefaultDeliversEveryCopyIntoTheMaildir(Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Newsroom newsroom = new Newsroom(db.dataSource());
            newsroom.newsletterReader("ilse@harbour.example");
            newsroom.newsletterReader("marta@harbour.example");
            Edition edition = newsroom.editions.freeze(Review.NEWSLETTER, MONDAY);
            Path maildir = folder.resolve("mail");

            DeliveryReport report = newsroom.deliveries(TestMailers.maildir(maildir, newsroom.clock), QUICK).deliver(edition.id());

            assertThat(report.sent()).isEqualTo(2);
            try (Stream<Path> files = Files.list(maildir.resolve("new"))) {
                assertThat(files.map(DeliveriesTest::read))
                        .hasSize(2)
                        .allSatisfy(text -> assertThat(text).contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                                "Subject: The Parallax Newsletter: the night ferries sail again"));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void withADkimKeyConfiguredEveryCopyIsSignedAndVerifiesWithThePublicKey(Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Newsroom newsroom = new Newsroom(db.dataSource());
            newsroom.subscriber("ilse@harbour.example");
            newsroom.subscriber("marta@harbour.example");
            Edition edition = newsroom.editions.freeze(Review.WEEKLY, MONDAY);
            KeyPair keys = KeyPairGenerator.getInstance("RSA").genKeyPair();
            Path pem = folder.resolve("dkim.pem");
            Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(keys.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n");
            SendingSettings signing = new SendingSettings(100, 1, 0, 5, Duration.ZERO, Duration.ofMinutes(10), 3, null,
                    "test-node", null, "parallax.example", "reviews2026", pem);

            newsroom.deliveries(greenMail(newsroom), signing).deliver(edition.id());

            assertThat(smtp.getReceivedMessages()).hasSize(2).allSatisfy(copy -> {
                ByteArrayOutputStream raw = new ByteArrayOutputStream();
                copy.writeTo(raw);
                assertThat(DkimVerifier.verify(raw.toByteArray(), keys.getPublic()))
                        .containsEntry("d", "parallax.example").containsEntry("s", "reviews2026");
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theRateLimitSpacesTheMessages(Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            Newsroom newsroom = new Newsroom(db.dataSource());
            newsroom.subscribers("reader", 6);
            Edition edition = newsroom.editions.freeze(Review.DAILY, MONDAY);
            SendingSettings twentyPerSecond = new SendingSettings(100, 2, 20, 5, Duration.ZERO, Duration.ofMinutes(10), 3, null,
                    "test-node", null, null, null, null);

            long began = System.nanoTime();
            newsroom.deliveries(greenMail(newsroom), twentyPerSecond).deliver(edition.id());
            long took = System.nanoTime() - began;

            assertThat(smtp.getReceivedMessages()).hasSize(6);
            assertThat(Duration.ofNanos(took)).as("five gaps of 50 ms, over both connections together")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(245));
        }
    }

    private static FaultySmtpProxy proxy() throws Exception {
        return new FaultySmtpProxy(smtp.getSmtp().getPort());
    }

    private static Mailer greenMail(Newsroom newsroom) {
        return TestMailers.smtp("127.0.0.1", smtp.getSmtp().getPort(), newsroom.clock);
    }

    private static Mailer through(FaultySmtpProxy proxy, Newsroom newsroom) {
        return TestMailers.smtp("127.0.0.1", proxy.port(), newsroom.clock);
    }

    /** Each recipient's copies on the server, by their Message-IDs. */
    private static Map<String, List<String>> copiesByRecipient() throws MessagingException {
        return copiesByRecipient(smtp);
    }

    static Map<String, List<String>> copiesByRecipient(GreenMailExtension server) throws MessagingException {
        Map<String, List<String>> copies = new TreeMap<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            copies.computeIfAbsent(message.getAllRecipients()[0].toString(), k -> new ArrayList<>()).add(message.getMessageID());
        }
        return copies;
    }

    private static MimeMessage onlyCopy(String email) throws MessagingException {
        List<MimeMessage> copies = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(email)) {
                copies.add(message);
            }
        }
        assertThat(copies).hasSize(1);
        return copies.getFirst();
    }

    private static String messageIdRecorded(Newsroom newsroom, long editionId, long readerId) {
        return newsroom.jdbc.sql("select message_id from review_delivery where edition_id = ? and reader_id = ?")
                .params(editionId, readerId).query(String.class).single();
    }

    private static long dueAt(Newsroom newsroom, long editionId, String email) {
        return newsroom.jdbc.sql("select due_at from review_delivery where edition_id = ? and email = ?")
                .params(editionId, email).query(Long.class).single();
    }

    private static String lastError(Newsroom newsroom, long editionId, String email) {
        return newsroom.jdbc.sql("select last_error from review_delivery where edition_id = ? and email = ?")
                .params(editionId, email).query(String.class).single();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
