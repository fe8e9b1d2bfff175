package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ReaderBrowser.Csrf;
import org.parallax.TestDatabases.TestDatabase;
import org.parallax.ingest.FeedStatus;
import org.parallax.ingest.Feeds;
import org.parallax.ingest.internal.follow.FeedRounds;
import org.parallax.library.AccessLevel;
import org.parallax.library.ArticleDraft;
import org.parallax.library.ArticleKind;
import org.parallax.library.Block;
import org.parallax.library.Library;
import org.parallax.readers.Purpose;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.reviews.StandInComposer;
import org.parallax.search.opensearch.OpenSearchTestNode;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two app nodes (two servers on random ports, each with its own data folder) on one fresh
 * PostgreSQL database and one OpenSearch node, as behind a load balancer: a reader signed in on one reads on the
 * other; unlocks of a reader's last free articles sent to both at once let exactly one through; a
 * feed both nodes could poll is fetched once per interval; the Daily Review reaches each subscriber
 * once over SMTP (GreenMail).
 */
class TwoNodesTest {

    static final String PASSWORD = "lantern-quay-harbour-9";
    static final int SUBSCRIBERS = 12;
    static final int UNLOCK_ROUNDS = 20;
    static final int ALLOWANCE = 3;
    static final String FEED_PATH = "/courier/rss.xml";
    /** The feed a new install follows by default, here; nothing is served there. */
    static final String DEFAULT_FEED_PATH = "/wire/rss.xml";
    /** Gated articles for the meter: two unlocked one by one, then the last free one raced for. */
    static final List<String> LEDGER = List.of("harbour-ledger-1", "harbour-ledger-2", "harbour-ledger-3", "harbour-ledger-4");
    static final String SEARCH_ALIAS = "two-nodes-" + ProcessHandle.current().pid();

    @TempDir
    static Path folder;

    static TestDatabase database;
    static GreenMail smtp;
    static HttpServer outlet;
    static final AtomicInteger feedFetches = new AtomicInteger();
    static List<String> subscribers;
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    final ReaderBrowser browser = new ReaderBrowser();

    @BeforeAll
    static void startTwoNodesOnOneDatabase() throws Exception {
        database = TestDatabases.postgresql();
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        outlet = outlet();
        // The subscribers and articles are there before either node starts: the Daily Review is
        // due at once, and an edition goes to the subscribers it finds when it is frozen.
        try (ConfigurableApplicationContext tool = Boot.tool(sharedArguments("tool").toArray(String[]::new))) {
            subscribers = subscribers(tool.getBean(Readers.class), tool.getBean(JdbcClient.class));
            storeArticles(tool.getBean(Library.class));
        }
        first = Boot.web(nodeArguments("first"));
        second = Boot.web(nodeArguments("second"));
    }

    @AfterAll
    static void stopEverything() {
        for (AutoCloseable part : new AutoCloseable[] {second, first, () -> outlet.stop(0), smtp::stop, database,
                () -> OpenSearchTestNode.dropIndexes(SEARCH_ALIAS)}) {
            try {
                if (part != null) {
                    part.close();
                }
            } catch (Exception e) {
                // closing what is left; the first failure has been reported
            }
        }
    }

    @Test
    void aReaderSignedInOnOneNodeReadsAGatedArticleOnTheOther() throws Exception {
        String session = signIn(base(first), subscribers.getFirst());

        HttpResponse<String> onTheOther = get(base(second), "/articles/" + WebFixtures.GATED_ID, session);
        HttpResponse<String> anonymous = get(base(second), "/articles/" + WebFixtures.GATED_ID, null);

        assertThat(onTheOther.statusCode()).isEqualTo(200);
        assertThat(onTheOther.body()).contains(WebFixtures.GATED_WORD);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).doesNotContain(WebFixtures.GATED_WORD);
        assertThat(get(base(second), "/account", session).body()).contains(subscribers.getFirst());
    }

    @Test
    void anArticleStoredThroughOneNodeIsFoundThroughBothInTheSharedIndex() throws Exception {
        first.getBean(Library.class).store(new ArticleDraft("quay-cranes", "https://parallax.example/news/quay-cranes",
                "Parallax", "Quay cranes idle", "The crane drivers' strike enters its third day", "Tobias Reinholt",
                ArticleKind.NEWS, AccessLevel.FREE, "en", WebFixtures.SUMMIT_MORNING, null,
                List.of(new Block.Paragraph("The quay's gantry cranes stood idle while the drivers met the harbour board."))));

        assertThat(eventually(Duration.ofSeconds(30),
                () -> searchFinds(base(second), "gantry", "quay-cranes") && searchFinds(base(first), "gantry", "quay-cranes")))
                .as("the article is searchable through both nodes")
                .isTrue();
        // One node writes the shared index at a time: the other waits for the lease.
        assertThat(first.getBean(JdbcClient.class).sql("select count(*) from node_lock where name = 'search-indexer'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void unlocksOfTheLastFreeArticleSentToBothNodesAtOnceLetExactlyOneThrough() throws Exception {
        Readers readers = first.getBean(Readers.class);
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        Csrf csrf = browser.csrf(base(first));
        for (int round = 0; round < UNLOCK_ROUNDS; round++) {
            String email = "meter-reader-" + round + "@lakeshore.example";
            Reader reader = readers.register(email, PASSWORD);
            readers.redeem(readers.issueLink(reader.id(), Purpose.CONFIRM_EMAIL), Purpose.CONFIRM_EMAIL);
            String session = signIn(base(first), email);
            assertThat(unlock(base(first), session, csrf, LEDGER.get(0)).statusCode()).isEqualTo(302);
            assertThat(unlock(base(second), session, csrf, LEDGER.get(1)).statusCode()).isEqualTo(302);

            // Even rounds race for two different articles, odd rounds for the same one.
            String onFirst = LEDGER.get(2);
            String onSecond = round % 2 == 0 ? LEDGER.get(3) : LEDGER.get(2);
            CyclicBarrier together = new CyclicBarrier(2);
            List<HttpResponse<String>> answers;
            try (ExecutorService racers = Executors.newFixedThreadPool(2)) {
                Future<HttpResponse<String>> viaFirst = racers.submit(
                        () -> afterBarrier(together, () -> unlock(base(first), session, csrf, onFirst)));
                Future<HttpResponse<String>> viaSecond = racers.submit(
                        () -> afterBarrier(together, () -> unlock(base(second), session, csrf, onSecond)));
                answers = List.of(viaFirst.get(), viaSecond.get());
            }

            long counted = answers.stream().filter(answer -> answer.statusCode() == 302
                    && answer.headers().firstValue("Location").orElse("").endsWith("unlocked=meter")).count();
            assertThat(counted).as("round %d: unlocks counted", round).isEqualTo(1);
            if (!onFirst.equals(onSecond)) {
                assertThat(answers).extracting(HttpResponse::statusCode).as("round %d", round).containsExactlyInAnyOrder(302, 403);
            }
            assertThat(jdbc.sql("select used from meter_count where reader_id = ?").param(reader.id()).query(Integer.class)
                    .single()).as("round %d: the allowance is used once, not overspent", round).isEqualTo(ALLOWANCE);
            assertThat(jdbc.sql("select count(*) from meter_unlock where reader_id = ?").param(reader.id())
                    .query(Integer.class).single()).isEqualTo(ALLOWANCE);
        }
    }

    @Test
    void aFeedBothNodesFollowIsFetchedOncePerInterval() throws Exception {
        Feeds feeds = second.getBean(Feeds.class);
        FeedStatus feed = feeds.follow("Lakeshore Courier", outletUrl(FEED_PATH), Duration.ofMinutes(30));

        for (int interval = 1; interval <= 5; interval++) {
            int expected = interval;
            // Besides the schedules (every 200 ms on each node, one node at a time by the lock), both
            // nodes run a round at the same moment, past the lock: the feed's claim must settle it.
            CyclicBarrier together = new CyclicBarrier(2);
            try (ExecutorService racers = Executors.newFixedThreadPool(2)) {
                Future<Integer> onFirst = racers.submit(() -> afterBarrier(together, () -> FeedRounds.pollDueFeeds(first)));
                Future<Integer> onSecond = racers.submit(() -> afterBarrier(together, () -> FeedRounds.pollDueFeeds(second)));
                onFirst.get();
                onSecond.get();
            }
            assertThat(eventually(Duration.ofSeconds(30), () -> feedFetches.get() >= expected))
                    .as("interval %d: fetched; %s", interval, rounds()).isTrue();
            Thread.sleep(1500); // more looks from both schedules: no second fetch
            assertThat(feedFetches.get()).as("interval %d: fetched once, not twice", interval).isEqualTo(expected);
            feeds.resume(feed.id()); // the next interval begins now
        }
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select count(*) from article where url = ?").param(outletUrl("/courier/ferries"))
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void nodesStartingTogetherOnANewDatabaseFollowTheDefaultFeedsOnce() throws Exception {
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        // As on a database no node has started on yet (the first node to start followed them).
        jdbc.sql("delete from ingest_marker").update();
        jdbc.sql("delete from feed where url = ?").param(outletUrl(DEFAULT_FEED_PATH)).update();

        CyclicBarrier together = new CyclicBarrier(2);
        try (ExecutorService starting = Executors.newFixedThreadPool(2)) {
            Future<?> onFirst = starting.submit(() -> afterBarrier(together, () -> {
                FeedRounds.followDefaultFeeds(first);
                return null;
            }));
            Future<?> onSecond = starting.submit(() -> afterBarrier(together, () -> {
                FeedRounds.followDefaultFeeds(second);
                return null;
            }));
            onFirst.get();
            onSecond.get();
        }

        assertThat(jdbc.sql("select count(*) from feed where url = ?").param(outletUrl(DEFAULT_FEED_PATH))
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from ingest_marker").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anOutletFirstSeenOnBothNodesAtOnceIsAddedOnceAndBothArticlesAreStored() throws Exception {
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        for (int round = 0; round < 10; round++) {
            String outlet = "Estuary Herald " + round;
            CyclicBarrier together = new CyclicBarrier(2);
            try (ExecutorService storing = Executors.newFixedThreadPool(2)) {
                List<Future<?>> stores = new ArrayList<>();
                for (ConfigurableApplicationContext node : List.of(first, second)) {
                    String id = "estuary-" + round + "-" + (node == first ? "first" : "second");
                    stores.add(storing.submit(() -> afterBarrier(together, () -> node.getBean(Library.class).store(
                            new ArticleDraft(id, "https://estuary-herald.example/" + id, outlet, "Tide gauges read high",
                                    null, "Nils Aberg", ArticleKind.NEWS, null, "en", WebFixtures.SUMMIT_MORNING, null,
                                    List.of(new Block.Paragraph("The tide gauges at the estuary read high for a third day.")))))));
                }
                for (Future<?> store : stores) {
                    store.get();
                }
            }
            assertThat(jdbc.sql("select count(*) from outlet where name = ?").param(outlet).query(Integer.class).single())
                    .as(outlet).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from article a join outlet o on o.id = a.outlet_id where o.name = ?")
                    .param(outlet).query(Integer.class).single()).as(outlet).isEqualTo(2);
        }
    }

    @Test
    void theDailyReviewReachesEachSubscriberOnce() throws Exception {
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        assertThat(eventually(Duration.ofSeconds(90), () -> jdbc.sql("select count(*) from review_delivery where sent_at is not null")
                .query(Integer.class).single() >= SUBSCRIBERS)).as("every subscriber's copy sent; %s", rounds()).isTrue();
        Thread.sleep(2000); // both schedulers tick a few more times

        assertThat(jdbc.sql("select count(*) from review_edition where review = 'DAILY'").query(Integer.class).single())
                .isEqualTo(1);
        Map<String, Integer> copies = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            for (Address to : recipients(message)) {
                copies.merge(to.toString(), 1, Integer::sum);
            }
        }
        for (String subscriber : subscribers) {
            assertThat(copies.getOrDefault(subscriber, 0)).as(subscriber).isEqualTo(1);
        }
    }

    /** Who holds which lock, and the feeds and deliveries as the database has them, for a failure's message. */
    private static String rounds() {
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        return "locks " + jdbc.sql("select name, locked_by, locked_until from node_lock").query().listOfRows()
                + ", feeds " + jdbc.sql("select url, next_fetch_at, last_fetch_at, last_error from feed").query().listOfRows()
                + ", editions " + jdbc.sql("select review, edition_date from review_edition").query().listOfRows()
                + ", deliveries " + jdbc.sql("select state, count(*) from review_delivery group by state").query().listOfRows()
                + ", now " + System.currentTimeMillis();
    }

    /**
     * What every process of the test is started with: the shared database, mail over SMTP to
     * GreenMail, the local outlet, and a Daily Review due now (the other reviews went out yesterday,
     * past the catch-up).
     */
    private static List<String> sharedArguments(String name) {
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        Duration sinceMidnight = Duration.between(now.toLocalDate().atStartOfDay(ZoneOffset.UTC), now);
        String yesterday = now.minusDays(1).getDayOfWeek().name();
        List<String> arguments = new ArrayList<>(List.of(
                "--parallax.data=" + folder.resolve(name),
                "--parallax.database.url=" + database.url(),
                "--" + StandInComposer.SOURCE,
                "--parallax.fetch.allowed-hosts=127.0.0.1",
                "--parallax.fetch.host-delay=0s",
                "--parallax.mail.smtp-host=127.0.0.1",
                "--parallax.mail.smtp-port=" + smtp.getSmtp().getPort(),
                "--parallax.mail.starttls=false",
                "--parallax.access.meter.allowance=" + ALLOWANCE,
                "--parallax.reviews.calendar.time-zone=UTC",
                "--parallax.reviews.calendar.daily-hour=0",
                "--parallax.reviews.calendar.daily-days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY",
                "--parallax.reviews.calendar.weekly-day=" + yesterday, "--parallax.reviews.calendar.weekly-hour=0",
                "--parallax.reviews.calendar.newsletter-day=" + yesterday, "--parallax.reviews.calendar.newsletter-hour=0",
                "--parallax.reviews.schedule.catch-up=" + sinceMidnight.plusMinutes(30).toSeconds() + "s"));
        // Every reader in the test signs in from 127.0.0.1; the limits are tested elsewhere.
        for (String limit : new String[] {"sign-in-per-address", "sign-in-per-ip", "links-per-address", "links-per-ip",
                "email-change-per-account", "email-change-per-ip", "links-redeemed-per-ip"}) {
            arguments.add("--parallax.readers.limits." + limit + ".attempts=100000");
        }
        arguments.addAll(searchArguments(name));
        return arguments;
    }

    /**
     * The search engine of each node, in this one place: both nodes (and the tool that stores the
     * first articles) write and read one index on a real OpenSearch node, under an alias of this
     * test's own.
     */
    private static List<String> searchArguments(String name) {
        return List.of("--parallax.search.engine=opensearch", "--parallax.search.opensearch.url=" + OpenSearchTestNode.url(),
                "--parallax.search.opensearch.alias=" + SEARCH_ALIAS);
    }

    /**
     * A server node: a random port, feed polling and the reviews' schedule on (the tests' own
     * configuration turns them off), ticking often so that races show.
     */
    private static String[] nodeArguments(String name) {
        List<String> arguments = sharedArguments(name);
        arguments.addAll(List.of("--server.port=0", "--logging.level.root=WARN", "--parallax.feeds.poll=true",
                "--parallax.feeds.seed-defaults=true", "--parallax.feeds.defaults[0].outlet=Harbour Wire",
                "--parallax.feeds.defaults[0].url=" + outletUrl(DEFAULT_FEED_PATH),
                "--parallax.feeds.tick=200ms", "--parallax.reviews.schedule.enabled=true", "--parallax.reviews.schedule.tick=300ms"));
        return arguments.toArray(String[]::new);
    }

    private static List<String> subscribers(Readers readers, JdbcClient jdbc) {
        List<String> emails = new ArrayList<>();
        long now = Instant.now().toEpochMilli();
        for (int i = 0; i < SUBSCRIBERS; i++) {
            Reader reader = readers.register("subscriber-" + i + "@harbour.example", PASSWORD);
            readers.redeem(readers.issueLink(reader.id(), Purpose.CONFIRM_EMAIL), Purpose.CONFIRM_EMAIL);
            jdbc.sql("""
                            insert into subscription (reader_id, source, status, grants_access, access_until, created_at, updated_at)
                            values (?, 'COMPLIMENTARY', 'active', ?, null, ?, ?)""")
                    .params(reader.id(), true, now, now)
                    .update();
            emails.add(reader.email());
        }
        return emails;
    }

    private static void storeArticles(Library library) {
        WebFixtures.store(library);
        for (String id : LEDGER) {
            library.store(new ArticleDraft(id, "https://parallax.example/in-depth/" + id, "Parallax",
                    "Harbour ledger, part " + id.substring(id.length() - 1), "What the port authority spent", "Tobias Reinholt",
                    ArticleKind.IN_DEPTH, AccessLevel.SUBSCRIBERS, "en", WebFixtures.SUMMIT_MORNING, null,
                    List.of(new Block.Paragraph("The port authority published its ledger on Monday."),
                            new Block.Paragraph("Dredging took the largest share."),
                            new Block.Paragraph("The rest went to the night ferries' new pier lights."))));
        }
    }

    /** The outlet's web server: one feed, whose fetches are counted, and the page its entry links to. */
    private static HttpServer outlet() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body;
            String type;
            if (path.equals(FEED_PATH)) {
                feedFetches.incrementAndGet();
                type = "application/rss+xml";
                body = feed().getBytes(StandardCharsets.UTF_8);
            } else if (path.equals("/courier/ferries")) {
                type = "text/html; charset=utf-8";
                body = """
                        <!DOCTYPE html><html><head><title>Night ferries sail again</title></head><body><article>
                        <h1>Night ferries sail again</h1><p>The harbour board restored the night ferries on Monday,
                        after a winter in which the crossings stopped at dusk and the last boat left at six.</p>
                        <p>Six crossings a night will run from April, the board said.</p></article></body></html>"""
                        .getBytes(StandardCharsets.UTF_8);
            } else if (path.equals("/robots.txt")) {
                type = "text/plain";
                body = "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8);
            } else {
                type = "text/plain";
                body = "not here".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", type);
                exchange.sendResponseHeaders(404, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    private static String feed() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Lakeshore Courier</title><link>%s</link>
                <item><title>Night ferries sail again</title><link>%s</link><guid>%s</guid>
                <pubDate>Mon, 16 Mar 2026 09:00:00 GMT</pubDate><description>Six crossings a night.</description></item>
                </channel></rss>""".formatted(outletUrl("/courier/"), outletUrl("/courier/ferries"), outletUrl("/courier/ferries"));
    }

    private static String outletUrl(String path) {
        return "http://127.0.0.1:" + outlet.getAddress().getPort() + path;
    }

    private static String base(ConfigurableApplicationContext node) {
        return ReaderBrowser.base(node);
    }

    private String signIn(String base, String email) throws Exception {
        return browser.signIn(base, email, PASSWORD);
    }

    private boolean searchFinds(String base, String words, String articleId) {
        try {
            HttpResponse<String> answer = get(base, "/api/search?q=" + words, null);
            return answer.statusCode() == 200 && answer.body().contains("\"" + articleId + "\"");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> get(String base, String path, String cookie) throws Exception {
        return browser.get(base, path, cookie);
    }

    private HttpResponse<String> unlock(String base, String session, Csrf csrf, String articleId) {
        try {
            return browser.post(base, "/articles/" + articleId + "/unlock", session + "; " + csrf.cookie(),
                    "_csrf=" + ReaderBrowser.encode(csrf.field()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T afterBarrier(CyclicBarrier barrier, java.util.function.Supplier<T> work) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return work.get();
    }

    private static boolean eventually(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }

    private static Address[] recipients(MimeMessage message) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            return to == null ? new Address[0] : to;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
