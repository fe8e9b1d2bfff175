package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.library.Library;
import org.parallax.readers.Purpose;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database goes away under a running server (a PostgreSQL restart, or a failover to a standby
 * at the same address) and comes back: meanwhile pages answer a plain 503 page and the API a 503
 * problem, each within a few seconds and without a stack trace or gated text, and readiness is DOWN
 * while liveness stays UP; afterwards the same server answers again, without a restart, ready, and
 * the reader is still signed in.
 */
class DatabaseRestartTest {

    static final String PASSWORD = "lantern-quay-harbour-9";
    static final Duration A_FEW_SECONDS = Duration.ofSeconds(10);

    @TempDir
    Path folder;

    final ReaderBrowser browser = new ReaderBrowser();

    @Test
    void whileTheDatabaseIsAwayRequestsGetA503AndOnceItIsBackTheSameServerAnswersAgain() throws Exception {
        int port = freePort();
        EmbeddedPostgres database = start(port);
        try (ConfigurableApplicationContext server = Boot.web("--server.port=0", "--parallax.data=" + folder.resolve("node"),
                "--parallax.database.url=jdbc:postgresql://localhost:" + port + "/postgres?user=postgres",
                "--logging.level.root=WARN")) {
            String base = ReaderBrowser.base(server);
            Library library = server.getBean(Library.class);
            WebFixtures.store(library);
            String session = subscriberSignedIn(server, base);
            long articles = library.articleCount();
            assertThat(browser.get(base, "/articles/" + WebFixtures.GATED_ID, session).body()).contains(WebFixtures.GATED_WORD);

            database.close();

            Instant asked = Instant.now();
            HttpResponse<String> page = browser.get(base, "/articles/" + WebFixtures.GATED_ID, session);
            assertThat(Duration.between(asked, Instant.now())).as("the page fails fast").isLessThan(A_FEW_SECONDS);
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(page.headers().firstValue("Retry-After")).isPresent();
            assertThat(page.body()).contains("Back in a moment")
                    .doesNotContain(WebFixtures.GATED_WORD, "Exception", "at org.", "SQL", "postgres", "Whitelabel");
            assertThat(browser.get(base, "/articles/" + WebFixtures.FREE_ID, null).statusCode()).as("anonymous").isEqualTo(503);

            asked = Instant.now();
            HttpResponse<String> api = browser.get(base, "/api/outlets", null);
            assertThat(Duration.between(asked, Instant.now())).as("the API fails fast").isLessThan(A_FEW_SECONDS);
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(api.body()).contains("\"status\":503").doesNotContain("Exception", "at org.", "SQL");

            HttpResponse<String> readiness = browser.get(base, "/actuator/health/readiness", null);
            assertThat(readiness.statusCode()).as("the load balancer stops sending traffic here").isEqualTo(503);
            assertThat(readiness.body()).contains("DOWN").doesNotContain("Exception", "SQL", "postgres");
            assertThat(browser.get(base, "/actuator/health/liveness", null).statusCode())
                    .as("the process itself is fine: no restart").isEqualTo(200);

            database = start(port);

            HttpResponse<String> back = eventually(() -> browser.get(base, "/articles/" + WebFixtures.GATED_ID, session));
            assertThat(back.statusCode()).as("the same server answers again").isEqualTo(200);
            assertThat(back.body()).as("still signed in: the session was kept").contains(WebFixtures.GATED_WORD);
            assertThat(browser.get(base, "/api/outlets", null).statusCode()).isEqualTo(200);
            assertThat(library.articleCount()).as("nothing lost").isEqualTo(articles);
            assertThat(eventually(() -> browser.get(base, "/actuator/health/readiness", null)).statusCode())
                    .as("ready again").isEqualTo(200);
        } finally {
            database.close();
        }
    }

    /** PostgreSQL on this port, keeping its data folder between a stop and the next start. */
    private EmbeddedPostgres start(int port) throws IOException {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(folder.resolve("postgres"))
                .setCleanDataDirectory(false).start();
    }

    private String subscriberSignedIn(ConfigurableApplicationContext server, String base) throws Exception {
        Readers readers = server.getBean(Readers.class);
        Reader reader = readers.register("night-editor@harbour.example", PASSWORD);
        readers.redeem(readers.issueLink(reader.id(), Purpose.CONFIRM_EMAIL), Purpose.CONFIRM_EMAIL);
        long now = Instant.now().toEpochMilli();
        server.getBean(JdbcClient.class).sql("""
                        insert into subscription (reader_id, source, status, grants_access, access_until, created_at, updated_at)
                        values (?, 'COMPLIMENTARY', 'active', ?, null, ?, ?)""")
                .params(reader.id(), true, now, now)
                .update();
        return browser.signIn(base, reader.email(), PASSWORD);
    }

    /** Asks again every half second, for up to 30 s, until the answer is not a 503. */
    private static HttpResponse<String> eventually(Request request) throws Exception {
        Instant until = Instant.now().plusSeconds(30);
        HttpResponse<String> answer = request.send();
        while (answer.statusCode() == 503 && Instant.now().isBefore(until)) {
            Thread.sleep(500);
            answer = request.send();
        }
        return answer;
    }

    @FunctionalInterface
    private interface Request {
        HttpResponse<String> send() throws Exception;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
