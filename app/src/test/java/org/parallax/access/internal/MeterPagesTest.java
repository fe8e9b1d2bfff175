package org.parallax.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.WebFixtures.EXTERNAL_ID;
import static org.parallax.WebFixtures.FREE_ID;
import static org.parallax.WebFixtures.GATED_ID;
import static org.parallax.WebFixtures.GATED_WORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.Inbox;
import org.parallax.SignedIn;
import org.parallax.WebFixtures;
import org.parallax.WebTest;
import org.parallax.library.AccessLevel;
import org.parallax.library.ArticleDraft;
import org.parallax.library.ArticleKind;
import org.parallax.library.Block;
import org.parallax.readers.Purpose;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The meter as readers meet it on article pages: each offer, each refusal, and unlocks racing. */
class MeterPagesTest extends WebTest {

    /** Gated articles of our own besides the shared fixture, each with a line only subscribers may read. */
    static final int EXTRA_ARTICLES = 10;
    private static final AtomicInteger NEXT_IP = new AtomicInteger(1);

    @Autowired
    Readers readers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterProperties settings;

    @BeforeEach
    void storeGatedArticles() {
        for (int i = 1; i <= EXTRA_ARTICLES; i++) {
            library.store(new ArticleDraft(extra(i), "https://parallax.example/in-depth/sluice-keepers-" + i, "Parallax",
                    "The sluice keepers, part " + i, null, "Tobias Reinholt", ArticleKind.IN_DEPTH, AccessLevel.SUBSCRIBERS,
                    "en", WebFixtures.SUMMIT_MORNING.plusSeconds(60L * i), null,
                    List.of(new Block.Paragraph("The keepers work in shifts along the dam."),
                            new Block.Paragraph("Each shift logs the water level at dawn."),
                            new Block.Paragraph("Part " + i + " of the " + GATED_WORD + " logbook is kept in the tower."))));
        }
    }

    // Anonymous visitors: the email form.

    @Test
    void anAnonymousVisitorIsOfferedTheEmailFormWithoutAnyGatedText() throws Exception {
        String html = html(get("/articles/" + GATED_ID), 200);

        assertThat(html).contains("Read the rest of this article free",
                "action=\"/articles/" + GATED_ID + "/unlock-by-email\"", "name=\"_csrf\"", "Unlock this article",
                "href=\"/sign-in?continue=/articles/" + GATED_ID + "\"");
        assertThat(html).doesNotContain(GATED_WORD).doesNotContain("free articles left").doesNotContain("Use 1 of");
    }

    @Test
    void theEmailFormUnlocksTheArticleAtOnceAndMailsAConfirmationLink() throws Exception {
        String email = "mira.unlock@harbour.example";
        MockHttpServletResponse answer = perform(post("/articles/" + GATED_ID + "/unlock-by-email").with(csrf()).with(freshIp())
                .param("email", email));

        assertThat(answer.getStatus()).isEqualTo(302);
        assertThat(answer.getRedirectedUrl()).isEqualTo("/articles/" + GATED_ID + "?unlocked=email");
        Cookie browser = answer.getCookie(SignedIn.SESSION_COOKIE);
        String html = html(get(answer.getRedirectedUrl()).cookie(browser), 200);
        assertThat(html).contains("By dawn the " + GATED_WORD + " schedule", "We sent you a link to confirm your email")
                .doesNotContain("id=\"paywall\"");
        assertThat(Inbox.latestLink(email, "/sign-in/confirm")).contains("continue=%2Farticles%2F" + GATED_ID);
        assertThat(html(get("/articles/" + extra(1)).cookie(browser), 200)).as("only that article")
                .doesNotContain(GATED_WORD).contains("unlock-by-email");
    }

    @Test
    void knownAndUnknownEmailsGetTheSameAnswer() throws Exception {
        readers.register("known.reader@harbour.example");
        MockHttpServletResponse known = perform(post("/articles/" + GATED_ID + "/unlock-by-email").with(csrf()).with(freshIp())
                .param("email", "known.reader@harbour.example"));
        MockHttpServletResponse unknown = perform(post("/articles/" + GATED_ID + "/unlock-by-email").with(csrf()).with(freshIp())
                .param("email", "never.seen@harbour.example"));

        assertThat(known.getStatus()).isEqualTo(unknown.getStatus()).isEqualTo(302);
        assertThat(known.getRedirectedUrl()).isEqualTo(unknown.getRedirectedUrl());
    }

    @Test
    void aMalformedEmailIsRefusedWithTheReasonAndUnlocksNothing() throws Exception {
        MockHttpServletResponse answer = perform(post("/articles/" + GATED_ID + "/unlock-by-email").with(csrf()).with(freshIp())
                .param("email", "not an address"));

        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(answer.getContentAsString()).contains("That does not look like an email address", "Nothing was unlocked")
                .doesNotContain(GATED_WORD);
        assertThat(answer.getCookie(SignedIn.SESSION_COOKIE)).as("no session, so nothing unlocked").isNull();
    }

    @Test
    void aHugeFormPostIsRefusedClearlyAndUnlocksNothing() throws Exception {
        MockHttpServletResponse answer = perform(post("/articles/" + GATED_ID + "/unlock-by-email").with(csrf()).with(freshIp())
                .param("email", "a".repeat(1_000_000) + "@harbour.example"));

        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(answer.getContentAsString()).contains("at most 254 characters", "Nothing was unlocked").doesNotContain(GATED_WORD);
        assertThat(answer.getCookie(SignedIn.SESSION_COOKIE)).isNull();
    }

    @Test
    void theEmailFormIsLimitedPerClientAddress() throws Exception {
        RequestPostProcessor ip = freshIp();
        for (int i = 0; i < 5; i++) {
            assertThat(perform(post("/articles/" + GATED_ID + "/unlock-by-email").with(csrf()).with(ip)
                    .param("email", "crowd" + i + "@harbour.example")).getStatus()).isEqualTo(302);
        }
        MockHttpServletResponse sixth = perform(post("/articles/" + GATED_ID + "/unlock-by-email").with(csrf()).with(ip)
                .param("email", "crowd6@harbour.example"));

        assertThat(sixth.getStatus()).isEqualTo(429);
        assertThat(sixth.getContentAsString()).contains("Too many requests", "Nothing was unlocked").doesNotContain(GATED_WORD);
        assertThat(sixth.getCookie(SignedIn.SESSION_COOKIE)).isNull();
        assertThat(Inbox.to("crowd6@harbour.example")).isEmpty();
    }

    @Test
    void theEmailFormIsLimitedPerEmailAddress() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(perform(post("/articles/" + GATED_ID + "/unlock-by-email").with(csrf()).with(freshIp())
                    .param("email", "busy.reader@harbour.example")).getStatus()).isEqualTo(302);
        }
        MockHttpServletResponse fourth = perform(post("/articles/" + GATED_ID + "/unlock-by-email").with(csrf()).with(freshIp())
                .param("email", "Busy.Reader@harbour.example "));

        assertThat(fourth.getStatus()).isEqualTo(429);
        assertThat(fourth.getCookie(SignedIn.SESSION_COOKIE)).isNull();
    }

    @Test
    void theEmailFormNeedsItsCsrfToken() throws Exception {
        MockHttpServletResponse answer = perform(post("/articles/" + GATED_ID + "/unlock-by-email").with(freshIp())
                .param("email", "forged.form@harbour.example"));

        assertThat(answer.getStatus()).isEqualTo(403);
        assertThat(Inbox.to("forged.form@harbour.example")).isEmpty();
    }

    @Test
    void articlesUnlockedByEmailBecomeTheReadersOwnWhenTheBrowserSignsIn() throws Exception {
        String email = "carried.over@harbour.example";
        Reader reader = confirmed(email);
        MockHttpServletResponse unlocked = perform(post("/articles/" + GATED_ID + "/unlock-by-email").with(csrf()).with(freshIp())
                .param("email", email));
        Cookie anonymous = unlocked.getCookie(SignedIn.SESSION_COOKIE);

        Cookie signedIn = perform(post("/sign-in/password").cookie(anonymous).with(csrf()).param("email", email)
                .param("password", SignedIn.PASSWORD)).getCookie(SignedIn.SESSION_COOKIE);
        assertThat(html(get("/articles/" + GATED_ID).cookie(signedIn), 200)).contains("By dawn the " + GATED_WORD)
                .contains("3 of 3</strong> free articles left");

        Cookie anotherDevice = SignedIn.as(mvc, readers, email, Role.READER);
        assertThat(html(get("/articles/" + GATED_ID).cookie(anotherDevice), 200)).contains("By dawn the " + GATED_WORD);
        assertThat(kinds(reader)).containsExactly("EMAIL");
    }

    // Registered readers: the allowance.

    @Test
    void aRegisteredReaderWithArticlesLeftIsOfferedTheButtonAndSeesTheBanner() throws Exception {
        Cookie browser = registered("left.reader@harbour.example");

        String html = html(get("/articles/" + GATED_ID).cookie(browser), 200);

        assertThat(html).contains("Use 1 of your 3 free articles", "action=\"/articles/" + GATED_ID + "/unlock\"",
                "3 of 3</strong> free articles left for " + window().label())
                .doesNotContain(GATED_WORD).doesNotContain("unlock-by-email");
    }

    @Test
    void usingAFreeArticleShowsItInFullAndCountsIt() throws Exception {
        Cookie browser = registered("using.reader@harbour.example");

        MockHttpServletResponse answer = perform(post("/articles/" + GATED_ID + "/unlock").cookie(browser).with(csrf()));

        assertThat(answer.getRedirectedUrl()).isEqualTo("/articles/" + GATED_ID + "?unlocked=meter");
        String html = html(get(answer.getRedirectedUrl()).cookie(browser), 200);
        assertThat(html).contains("By dawn the " + GATED_WORD, "It stays yours to read", "2 of 3</strong> free articles left")
                .doesNotContain("id=\"paywall\"");
        assertThat(perform(post("/articles/" + GATED_ID + "/unlock").cookie(browser).with(csrf())).getRedirectedUrl())
                .as("unlocking again costs nothing").isEqualTo("/articles/" + GATED_ID);
        assertThat(html(get("/articles/" + FREE_ID).cookie(browser), 200)).contains("2 of 3</strong> free articles left");
    }

    @Test
    void theFourthArticleIsRefusedWithTheSubscribeOfferAndTheMeterUnchanged() throws Exception {
        String email = "fourth.reader@harbour.example";
        Cookie browser = registered(email);
        for (int i = 1; i <= 3; i++) {
            perform(post("/articles/" + extra(i) + "/unlock").cookie(browser).with(csrf()));
        }

        String page = html(get("/articles/" + extra(4)).cookie(browser), 200);
        assertThat(page).contains("Your 3 free articles for " + window().label() + " are used; they renew on "
                        + Dates.day(window().renewsOn()), "href=\"/subscribe\"")
                .doesNotContain("Use 1 of").doesNotContain(GATED_WORD);

        MockHttpServletResponse refused = perform(post("/articles/" + extra(4) + "/unlock").cookie(browser).with(csrf()));
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("No free articles left", "href=\"/subscribe\"", "Nothing was unlocked")
                .doesNotContain(GATED_WORD);
        assertThat(used(email)).isEqualTo(3);
        assertThat(html(get("/articles/" + extra(4)).cookie(browser), 200)).doesNotContain(GATED_WORD);
        assertThat(html(get("/articles/" + extra(2)).cookie(browser), 200)).as("unlocked ones stay readable")
                .contains("Part 2 of the " + GATED_WORD);
    }

    @Test
    void clearingCookiesAndSigningInAgainKeepsTheCount() throws Exception {
        String email = "forgetful.reader@harbour.example";
        Cookie browser = registered(email);
        perform(post("/articles/" + extra(1) + "/unlock").cookie(browser).with(csrf()));
        perform(post("/articles/" + extra(2) + "/unlock").cookie(browser).with(csrf()));

        Cookie freshBrowser = SignedIn.as(mvc, readers, email, Role.READER);

        assertThat(html(get("/articles/" + GATED_ID).cookie(freshBrowser), 200)).contains("1 of 3</strong> free articles left");
        assertThat(html(get("/articles/" + extra(2)).cookie(freshBrowser), 200)).contains("Part 2 of the " + GATED_WORD);
    }

    @Test
    void concurrentUnlocksForTheLastFreeArticleLetExactlyOneThrough() throws Exception {
        String email = "racing.reader@harbour.example";
        Cookie browser = registered(email);
        perform(post("/articles/" + extra(1) + "/unlock").cookie(browser).with(csrf()));
        perform(post("/articles/" + extra(2) + "/unlock").cookie(browser).with(csrf()));
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> racers = new ArrayList<>();
        for (int i = 3; i <= EXTRA_ARTICLES; i++) {
            String id = extra(i);
            racers.add(() -> {
                start.await();
                return perform(post("/articles/" + id + "/unlock").cookie(browser).with(csrf())).getStatus();
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(racers.size());
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> results = new ArrayList<>();
            racers.forEach(racer -> results.add(pool.submit(racer)));
            start.countDown();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).hasSize(8);
        assertThat(statuses).filteredOn(status -> status == 302).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 403).hasSize(7);
        assertThat(used(email)).isEqualTo(3);
    }

    @Test
    void theUnlockButtonNeedsItsCsrfToken() throws Exception {
        String email = "no.token@harbour.example";
        Cookie browser = registered(email);

        assertThat(perform(post("/articles/" + GATED_ID + "/unlock").cookie(browser)).getStatus()).isEqualTo(403);
        assertThat(used(email)).isZero();
        assertThat(html(get("/articles/" + GATED_ID).cookie(browser), 200)).doesNotContain(GATED_WORD);
    }

    @Test
    void unlockingAFreeOrExternalArticleIsANoOpAndAMissingOneIsNotFound() throws Exception {
        String email = "no.op@harbour.example";
        Cookie browser = registered(email);

        assertThat(perform(post("/articles/" + FREE_ID + "/unlock").cookie(browser).with(csrf())).getRedirectedUrl())
                .isEqualTo("/articles/" + FREE_ID);
        assertThat(perform(post("/articles/" + EXTERNAL_ID + "/unlock").cookie(browser).with(csrf())).getRedirectedUrl())
                .isEqualTo("/articles/" + EXTERNAL_ID);
        MockHttpServletResponse missing = perform(post("/articles/no-such-story/unlock").cookie(browser).with(csrf()));
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(missing.getContentAsString()).contains("There is no article at this address, so nothing was unlocked.");
        assertThat(perform(post("/articles/no-such-story/unlock-by-email").with(csrf()).with(freshIp())
                .param("email", "lost@harbour.example")).getStatus()).isEqualTo(404);
        assertThat(perform(post("/articles/" + FREE_ID + "/unlock-by-email").with(csrf()).with(freshIp())
                .param("email", "free.reader@harbour.example")).getRedirectedUrl()).isEqualTo("/articles/" + FREE_ID);
        assertThat(Inbox.to("free.reader@harbour.example")).as("nothing to unlock, nothing mailed").isEmpty();
        assertThat(used(email)).isZero();
    }

    @Test
    void theUnlockButtonIsOnlyForSignedInReaders() throws Exception {
        MockHttpServletResponse answer = perform(post("/articles/" + GATED_ID + "/unlock").with(csrf()));

        assertThat(answer.getRedirectedUrl()).isEqualTo("/sign-in?continue=%2Farticles%2F" + GATED_ID);
    }

    // Unconfirmed readers: confirm first.

    @Test
    void anUnconfirmedReaderIsAskedToConfirmAndCanHaveTheLinkSentAgain() throws Exception {
        String email = "unconfirmed.reader@harbour.example";
        Cookie browser = SignedIn.as(mvc, readers, email, Role.READER);

        String html = html(get("/articles/" + GATED_ID).cookie(browser), 200);
        assertThat(html).contains("Confirm your email to unlock 3 free articles a month",
                "action=\"/articles/" + GATED_ID + "/confirm-email\"").doesNotContain("Use 1 of").doesNotContain(GATED_WORD);

        MockHttpServletResponse sent = perform(post("/articles/" + GATED_ID + "/confirm-email").cookie(browser).with(csrf()));
        assertThat(sent.getRedirectedUrl()).isEqualTo("/articles/" + GATED_ID + "?sent=confirm");
        assertThat(Inbox.latestLink(email, "/sign-in/confirm")).isNotBlank();
        assertThat(html(get(sent.getRedirectedUrl()).cookie(browser), 200)).contains("We sent you a new link to confirm your email");

        MockHttpServletResponse refused = perform(post("/articles/" + GATED_ID + "/unlock").cookie(browser).with(csrf()));
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("Confirm your email first").doesNotContain(GATED_WORD);
    }

    // Subscribers and staff: no meter.

    @Test
    void subscribersAndStaffSeeNoBannerAndNoPaywall() throws Exception {
        String email = "comp.subscriber@harbour.example";
        Cookie subscriber = registered(email);
        subscribe(readers.byEmail(email).orElseThrow());
        Cookie staff = SignedIn.as(mvc, readers, "meter.editor@parallax.example", Role.EDITOR);

        for (Cookie browser : List.of(subscriber, staff)) {
            assertThat(html(get("/articles/" + GATED_ID).cookie(browser), 200)).contains("By dawn the " + GATED_WORD)
                    .doesNotContain("free articles left").doesNotContain("id=\"paywall\"");
        }
        assertThat(perform(post("/articles/" + GATED_ID + "/unlock").cookie(subscriber).with(csrf())).getRedirectedUrl())
                .isEqualTo("/articles/" + GATED_ID);
        assertThat(used(email)).isZero();
    }

    void subscribe(Reader reader) {
        long now = Clock.systemUTC().millis();
        jdbc.sql("""
                        insert into subscription (reader_id, source, status, grants_access, access_until, created_at, updated_at)
                        values (?, 'COMPLIMENTARY', 'active', ?, null, ?, ?)""")
                .params(reader.id(), true, now, now).update();
    }

    private Reader confirmed(String email) {
        Reader reader = readers.byEmail(email).orElseGet(() -> readers.register(email, SignedIn.PASSWORD));
        readers.redeem(readers.issueLink(reader.id(), Purpose.SIGN_IN), Purpose.SIGN_IN);
        return readers.reader(reader.id()).orElseThrow();
    }

    /** A signed-in reader with a confirmed email. */
    Cookie registered(String email) throws Exception {
        confirmed(email);
        return SignedIn.as(mvc, readers, email, Role.READER);
    }

    private int used(String email) {
        long id = readers.byEmail(email).orElseThrow().id();
        return jdbc.sql("select coalesce(sum(used), 0) from meter_count where reader_id = ?").param(id).query(Integer.class).single();
    }

    private List<String> kinds(Reader reader) {
        return jdbc.sql("select kind from meter_unlock where reader_id = ?").param(reader.id()).query(String.class).list();
    }

    private MeterPeriod.MeterWindow window() {
        return settings.period().at(Clock.systemUTC().instant(), settings.timeZone());
    }

    static String extra(int i) {
        return "sluice-keepers-" + i;
    }

    /** A client address no other test uses, so the email form's per-address limit starts afresh. */
    static RequestPostProcessor freshIp() {
        int n = NEXT_IP.getAndIncrement();
        String ip = "198.51." + (100 + n / 250) + "." + (1 + n % 250);
        return request -> {
            request.setRemoteAddr(ip);
            return request;
        };
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    String html(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = perform(request);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return response.getContentAsString();
    }
}
