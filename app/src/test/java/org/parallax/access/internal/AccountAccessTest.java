package org.parallax.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.WebFixtures.FREE_ID;
import static org.parallax.WebFixtures.GATED_ID;
import static org.parallax.WebFixtures.GATED_WORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parallax.FakeStripe;
import org.parallax.SignedIn;
import org.parallax.WebTest;
import org.parallax.readers.Purpose;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the access module adds to a reader's account: the All-Access and free-article sections of
 * the account page, the unlocks and subscriptions in the export, and what deleting the account
 * ends and forgets. No page or export may carry a word of a gated article, only titles and ids.
 */
class AccountAccessTest extends WebTest {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String GATED_TITLE = "Inside the sluice deal that saved the Orsava talks";

    @Autowired
    Readers readers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterProperties settings;

    @Autowired
    Subscriptions subscriptions;

    @Test
    void aRegisteredReaderSeesTheMeterTheWayToSubscribeAndTheArticleTheyUnlocked() throws Exception {
        String email = unique("unlocker");
        Cookie browser = registered(email);
        unlock(browser, GATED_ID);

        String page = account(browser);

        MeterPeriod.MeterWindow window = settings.period().at(Clock.systemUTC().instant(), settings.timeZone());
        assertThat(page).contains("<h2>All-Access</h2>", "None: you have no All-Access subscription.",
                "<a href=\"/subscribe\">Subscribe to All-Access</a>", "<h2>Free articles</h2>",
                "%d of %d free articles left this %s (%s); it renews on %s.".formatted(settings.allowance() - 1,
                        settings.allowance(), settings.period().word(), window.label(), Dates.day(window.renewsOn())),
                "<h2>Articles you unlocked</h2>", "<a href=\"/articles/" + GATED_ID + "\">" + GATED_TITLE + "</a>");
        assertThat(page).doesNotContain(GATED_WORD).doesNotContain("Confirm your email to start");
    }

    @Test
    void unlockedArticlesAreListedNewestFirst() throws Exception {
        String email = unique("two.unlocks");
        Cookie browser = registered(email);
        long id = readers.byEmail(email).orElseThrow().id();
        unlock(browser, GATED_ID);
        // An older unlock, as if made last week: it comes after the newer one.
        jdbc.sql("insert into meter_unlock (reader_id, article_id, period, kind, created_at) values (?, ?, ?, ?, ?)")
                .params(id, FREE_ID, "2020-01", "EMAIL", Instant.parse("2020-01-10T10:00:00Z").toEpochMilli()).update();

        String page = account(browser);

        assertThat(page.indexOf("href=\"/articles/" + GATED_ID + "\"")).isPositive()
                .isLessThan(page.indexOf("href=\"/articles/" + FREE_ID + "\""));
    }

    @Test
    void aComplimentarySubscriberSeesUntilWhenAndNothingOfTheMeter() throws Exception {
        String email = unique("comped");
        Cookie browser = registered(email);
        Instant until = Instant.parse("2031-06-30T12:00:00Z");
        complimentary(readers.byEmail(email).orElseThrow(), until);

        String page = account(browser);

        assertThat(page).contains("<h2>All-Access</h2>", "Complimentary, until 30 June 2031.")
                .doesNotContain("<h2>Free articles</h2>").doesNotContain("free articles left")
                .doesNotContain("href=\"/subscribe\"");
    }

    @Test
    void aPayingSubscriberSeesTheirPlanItsStandingAndTheEndOfThePaidPeriod() throws Exception {
        String email = unique("paying");
        Cookie browser = registered(email);
        String key = "acct" + NEXT.incrementAndGet() + System.nanoTime();
        paid(readers.byEmail(email).orElseThrow(), key, Instant.parse("2031-03-01T00:00:00Z"));

        String page = account(browser);

        assertThat(page).contains("Paid plan Account test plan " + key + " (active), paid until 1 March 2031.")
                .doesNotContain("<h2>Free articles</h2>").doesNotContain("href=\"/subscribe\"");
    }

    @Test
    void anUnconfirmedReaderIsToldThatConfirmingStartsTheAllowance() throws Exception {
        Cookie browser = SignedIn.as(mvc, readers, unique("unconfirmed"), Role.READER);

        String page = account(browser);

        assertThat(page).contains("<h2>Free articles</h2>", "Confirm your email to start: you then get "
                + settings.allowance() + " free articles a " + settings.period().word() + ".")
                .doesNotContain("free articles left").doesNotContain("<h2>Articles you unlocked</h2>");
    }

    @Test
    void staffSeeNoMeterAndNoOfferToSubscribe() throws Exception {
        Cookie browser = SignedIn.as(mvc, readers, unique("editor"), Role.EDITOR);

        String page = account(browser);

        assertThat(page).contains("None needed: as staff you read every article.")
                .doesNotContain("<h2>Free articles</h2>").doesNotContain("href=\"/subscribe\"");
    }

    @Test
    void theExportCarriesTheUnlocksAndSubscriptionsButNoSecretAndNoArticleText() throws Exception {
        String email = unique("exporter");
        Cookie browser = registered(email);
        Reader reader = readers.byEmail(email).orElseThrow();
        unlock(browser, GATED_ID);
        String key = "exp" + NEXT.incrementAndGet() + System.nanoTime();
        paid(reader, key, Instant.parse("2031-03-01T00:00:00Z"));

        String body = mvc.perform(get("/account/export").cookie(browser)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode export = JsonMapper.builder().build().readTree(body);

        JsonNode unlocks = export.get("unlocks");
        assertThat(unlocks).hasSize(1);
        assertThat(unlocks.get(0).get("article").asString()).isEqualTo(GATED_ID);
        assertThat(unlocks.get(0).get("kind").asString()).isEqualTo("METERED");
        assertThat(unlocks.get(0).get("period").asString())
                .isEqualTo(settings.period().at(Clock.systemUTC().instant(), settings.timeZone()).key());
        assertThat(Instant.parse(unlocks.get(0).get("unlocked").asString())).isBefore(Instant.now().plusSeconds(1));
        JsonNode subscription = export.get("subscriptions").get(0);
        assertThat(subscription.get("source").asString()).isEqualTo("stripe");
        assertThat(subscription.get("status").asString()).isEqualTo("active");
        assertThat(subscription.get("plan").asString()).isEqualTo("Account test plan " + key);
        assertThat(subscription.get("grantsAccessNow").asBoolean()).isTrue();
        assertThat(subscription.get("paidUntil").asString()).isEqualTo("2031-03-01T00:00:00Z");
        assertThat(subscription.get("stripeCustomer").asString()).isEqualTo("cus_" + key);
        assertThat(subscription.get("created").asString()).isNotBlank();
        assertThat(subscription.get("updated").asString()).isNotBlank();
        assertThat(body).doesNotContain(GATED_WORD).doesNotContain(FakeStripe.SECRET_KEY)
                .doesNotContain(FakeStripe.WEBHOOK_SECRET).doesNotContain("sub_" + key);
    }

    @Test
    void deletingTheAccountEndsItsSubscriptionsCancelsThePaidOneInStripeAndForgetsItsUnlocks() throws Exception {
        String email = unique("leaving");
        Cookie leaving = registered(email);
        Reader leaver = readers.byEmail(email).orElseThrow();
        unlock(leaving, GATED_ID);
        complimentary(leaver, Instant.parse("2031-06-30T12:00:00Z"));
        String key = "del" + NEXT.incrementAndGet() + System.nanoTime();
        paid(leaver, key, Instant.parse("2031-03-01T00:00:00Z"));

        String otherEmail = unique("staying");
        Cookie staying = registered(otherEmail);
        Reader stayer = readers.byEmail(otherEmail).orElseThrow();
        unlock(staying, GATED_ID);
        complimentary(stayer, Instant.parse("2031-06-30T12:00:00Z"));

        mvc.perform(post("/account/delete").cookie(leaving).with(csrf()).param("email", email)).andExpect(status().isOk());

        Instant now = Instant.now();
        assertThat(subscriptions.allAccess(leaver.id(), now)).isFalse();
        assertThat(jdbc.sql("select count(*) from subscription where reader_id = ? and grants_access = ?")
                .params(leaver.id(), true).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select status from subscription where reader_id = ? and source = 'complimentary'")
                .param(leaver.id()).query(String.class).single()).isEqualTo("ended");
        assertThat(count("meter_unlock", leaver)).isZero();
        assertThat(count("meter_count", leaver)).isZero();
        assertThat(FakeStripe.received()).anySatisfy(request -> {
            assertThat(request.method()).isEqualTo("DELETE");
            assertThat(request.path()).isEqualTo("/v1/subscriptions/sub_" + key);
            assertThat(request.headers().get("authorization")).isEqualTo("Bearer " + FakeStripe.SECRET_KEY);
        });

        assertThat(subscriptions.allAccess(stayer.id(), now)).isTrue();
        assertThat(count("meter_unlock", stayer)).isEqualTo(1);
        assertThat(count("meter_count", stayer)).isEqualTo(1);
        assertThat(account(staying)).contains("Complimentary, until 30 June 2031.", GATED_TITLE);
    }

    private int count(String table, Reader reader) {
        return jdbc.sql("select count(*) from " + table + " where reader_id = ?").param(reader.id()).query(Integer.class).single();
    }

    private String account(Cookie browser) throws Exception {
        String page = mvc.perform(get("/account").cookie(browser)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain(GATED_WORD);
        return page;
    }

    private void unlock(Cookie browser, String articleId) throws Exception {
        mvc.perform(post("/articles/" + articleId + "/unlock").cookie(browser).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private void complimentary(Reader reader, Instant until) {
        long now = System.currentTimeMillis();
        jdbc.sql("""
                        insert into subscription (reader_id, source, status, grants_access, access_until, created_at, updated_at)
                        values (?, 'complimentary', 'complimentary', ?, ?, ?, ?)""")
                .params(reader.id(), true, until.toEpochMilli(), now, now).update();
    }

    private void paid(Reader reader, String key, Instant periodEnd) {
        long now = System.currentTimeMillis();
        long plan = jdbc.sql("""
                        insert into billing_plan (name, billing_interval, amount_minor, currency, stripe_price_id, active,
                        created_at, updated_at) values (?, 'MONTH', 900, 'EUR', ?, ?, ?, ?) returning id""")
                .params("Account test plan " + key, "price_" + key, false, now, now).query(Long.class).single();
        jdbc.sql("""
                        insert into subscription (reader_id, source, status, grants_access, access_until, created_at, updated_at,
                        plan_id, stripe_customer_id, stripe_subscription_id, current_period_end)
                        values (?, 'stripe', 'active', ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(reader.id(), true, periodEnd.plus(Duration.ofHours(2)).toEpochMilli(), now, now, plan, "cus_" + key,
                        "sub_" + key, periodEnd.toEpochMilli())
                .update();
    }

    private Cookie registered(String email) throws Exception {
        Reader reader = readers.byEmail(email).orElseGet(() -> readers.register(email, SignedIn.PASSWORD));
        readers.redeem(readers.issueLink(reader.id(), Purpose.SIGN_IN), Purpose.SIGN_IN);
        return SignedIn.as(mvc, readers, email, Role.READER);
    }

    private static String unique(String name) {
        return name + "." + NEXT.incrementAndGet() + "." + System.nanoTime() + "@account.example";
    }
}
