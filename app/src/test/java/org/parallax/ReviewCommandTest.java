package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.reviews.StandInComposer;

/** {@code ./parallax review ...} through the same command line main uses, on a real data folder. */
class ReviewCommandTest {

    @TempDir
    Path data;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @BeforeEach
    void standInComposer() {
        String[] source = StandInComposer.SOURCE.split("=", 2);
        System.setProperty(source[0], source[1]);
    }

    @AfterEach
    void noComposer() {
        System.clearProperty(StandInComposer.SOURCE.split("=", 2)[0]);
    }

    @Test
    void previewPrintsTheSubjectAndThePlainTextWithLinksThatNameNoOne() {
        assertThat(run("review", "daily", "--preview", "--date", "2026-03-16")).isZero();

        assertThat(console.out())
                .startsWith("Subject: The Daily Review of 2026-03-16: the night ferries sail again\n\n")
                .contains("The harbour board restored the night ferries.")
                .contains("Unsubscribe: http://localhost:8080/account/emails")
                .doesNotContain("{{").doesNotContain("<table");
    }

    @Test
    void previewWorksWithTheNewsroomsOwnComposerOnAnEmptyLibrary() {
        noComposer();

        assertThat(run("review", "daily", "--preview", "--date", "2026-03-16")).isZero();

        assertThat(console.out()).startsWith("Subject: ").contains("http://localhost:8080/account/emails").doesNotContain("{{");
    }

    @Test
    void previewWithHtmlPrintsTheHtmlAndStoresNothing() throws Exception {
        assertThat(run("review", "weekly", "--preview", "--html", "--date", "2026-03-21")).isZero();

        assertThat(console.out()).contains("Subject: The Weekly Review of 2026-03-21").contains("<table role=\"presentation\">");
        assertThat(count("select count(*) from review_edition")).isZero();
    }

    @Test
    void previewWithoutADateShowsTheNextEditionNotSentYet() {
        assertThat(run("review", "newsletter", "--preview")).isZero();

        assertThat(console.out()).containsPattern("Subject: The Parallax Newsletter of \\d{4}-\\d{2}-\\d{2}: ");
    }

    @Test
    void aDayWithoutAnEditionAnUnknownReviewAndABadDateAreRefusedWithTheirReason() {
        assertThat(run("review", "daily", "--preview", "--date", "2026-03-21")).isEqualTo(2);
        assertThat(console.err()).contains("The Daily Review has no edition on 2026-03-21 (Saturday); the next one is on ");

        assertThat(run("review", "monthly", "--preview")).isEqualTo(2);
        assertThat(console.err()).contains("No review called 'monthly'; choose daily, weekly or newsletter");

        assertThat(run("review", "daily", "--preview", "--date", "16.03.2026")).isEqualTo(2);
        assertThat(console.err()).contains("--date takes YYYY-MM-DD, not 16.03.2026");

        assertThat(run("review", "daily", "--preview", "--send")).isEqualTo(2);
        assertThat(run("review", "daily")).isEqualTo(2);
    }

    @Test
    void sendFreezesTheEditionAndSendsEachSubscriberOneCopyEvenWhenRunTwice() throws Exception {
        assertThat(run("user", "add", "nadia@harbour.example")).isZero();
        assertThat(run("user", "add", "marek@harbour.example")).isZero();
        subscribe("nadia@harbour.example");
        console.reset();

        assertThat(run("review", "daily", "--send", "--date", "2026-03-16")).isZero();
        String first = console.out();
        assertThat(run("review", "daily", "--send", "--date", "2026-03-16")).isZero();

        assertThat(console.err()).contains("The Daily Review of 2026-03-16: \"The Daily Review of 2026-03-16: the night ferries"
                + " sail again\", 1 recipients");
        assertThat(first).contains("Sent 1 of 1, failed 0, pending 0");
        assertThat(Inbox.in(data).messagesTo("nadia@harbour.example")).hasSize(1);
        assertThat(Inbox.in(data).messagesTo("marek@harbour.example")).as("not a subscriber").isEmpty();
        assertThat(count("select count(*) from review_edition")).isEqualTo(1);
    }

    @Test
    void sendExitsNonZeroWhenSomeRecipientsFailed() throws Exception {
        assertThat(run("user", "add", "nadia@harbour.example")).isZero();
        subscribe("nadia@harbour.example");
        assertThat(run("review", "daily", "--send", "--date", "2026-03-16")).isZero();
        update("update review_delivery set state = 'failed', last_error = '550 5.1.1 no such mailbox'");
        console.reset();

        assertThat(run("review", "daily", "--send", "--date", "2026-03-16")).isEqualTo(1);
        assertThat(console.out()).contains("Sent 0 of 1, failed 1, pending 0");
    }

    private void subscribe(String email) throws Exception {
        long now = Instant.now().toEpochMilli();
        update("update reader set confirmed_at = " + now + " where email = '" + email + "'");
        update("insert into subscription (reader_id, source, status, grants_access, access_until, created_at, updated_at)"
                + " select id, 'COMPLIMENTARY', 'active', 1, null, " + now + ", " + now + " from reader where email = '" + email + "'");
    }

    private void update(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("parallax.db"));
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    private long count(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("parallax.db"));
                var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private int run(String... arguments) {
        int exitCode = ConsoleCapture.parallax(data, arguments);
        if (exitCode != 0) {
            // What went wrong, when a test did not expect it.
            new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true).println(console.err());
        }
        return exitCode;
    }
}
