package org.parallax.access.internal.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.WebFixtures.GATED_ID;
import static org.parallax.WebFixtures.GATED_WORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.SignedIn;
import org.parallax.WebTest;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The admin pages of plans and subscriptions, and the admin index, through the real security filters. */
class BillingAdminTest extends WebTest {

    @Autowired
    Readers readers;
    @Autowired
    Plans plans;
    @Autowired
    SubscriptionLedger ledger;

    private final String key = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private Cookie admin;

    @BeforeEach
    void signInAnAdmin() throws Exception {
        admin = SignedIn.as(mvc, readers, "admin-" + key + "@parallax.example", Role.ADMIN);
    }

    @Test
    void theAdminIndexLinksEveryAdminPage() throws Exception {
        String html = page(get("/admin").cookie(admin), 200);
        assertThat(html).contains("href=\"/admin/feeds\"", "href=\"/admin/plans\"", "href=\"/admin/subscriptions\"");
    }

    @Test
    void anAdminCreatesEditsDeactivatesAndReactivatesAPlan() throws Exception {
        mvc.perform(as(post("/admin/plans")).param("name", "All-Access yearly " + key).param("interval", "year")
                .param("amount", "9000").param("currency", "eur").param("stripePrice", "price_y" + key))
                .andExpect(status().is3xxRedirection());
        Plan plan = plans.byStripePrice("price_y" + key).orElseThrow();
        assertThat(plan).isEqualTo(new Plan(plan.id(), "All-Access yearly " + key, Plan.Interval.YEAR, 9000, "EUR", "price_y" + key, true));
        assertThat(page(get("/admin/plans").cookie(admin), 200)).contains("All-Access yearly " + key, "EUR 90.00 a year");

        mvc.perform(as(post("/admin/plans/" + plan.id())).param("name", "Yearly " + key).param("interval", "year")
                .param("amount", "8000").param("currency", "EUR").param("stripePrice", "price_y" + key).param("active", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.plan(plan.id()).orElseThrow().amountMinor()).isEqualTo(8000);

        mvc.perform(as(post("/admin/plans/" + plan.id() + "/deactivate"))).andExpect(status().is3xxRedirection());
        assertThat(plans.plan(plan.id()).orElseThrow().active()).isFalse();
        assertThat(page(get("/subscribe"), 200)).doesNotContain("Yearly " + key);

        mvc.perform(as(post("/admin/plans/" + plan.id() + "/activate"))).andExpect(status().is3xxRedirection());
        assertThat(page(get("/subscribe"), 200)).contains("Yearly " + key, "EUR 80.00 a year");
    }

    @Test
    void aPlanWithBadFieldsIsRefusedWithWhatToFixAndTheInputKept() throws Exception {
        String[][] cases = {
                {"", "month", "900", "EUR", "price_a" + key, "needs a name"},
                {"Weekly " + key, "week", "900", "EUR", "price_a" + key, "month or year"},
                {"Cheap " + key, "month", "9.00", "EUR", "price_a" + key, "whole number of minor units"},
                {"Free " + key, "month", "0", "EUR", "price_a" + key, "between 1 and"},
                {"Odd " + key, "month", "900", "EURO", "price_a" + key, "three-letter ISO code"},
                {"Odd " + key, "month", "900", "XYZ", "price_a" + key, "three-letter ISO code"},
                {"Bad price " + key, "month", "900", "EUR", "prod_123", "Stripe price id"},
        };
        for (String[] c : cases) {
            String html = mvc.perform(as(post("/admin/plans")).param("name", c[0]).param("interval", c[1]).param("amount", c[2])
                            .param("currency", c[3]).param("stripePrice", c[4]))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
            assertThat(html).as(String.join(",", c)).contains(c[5]).contains("value=\"" + c[4] + "\"");
        }
        assertThat(plans.byStripePrice("price_a" + key)).isEmpty();

        plans.create(new PlanForm("Taken " + key, "month", "900", "EUR", "price_t" + key, true));
        String twice = mvc.perform(as(post("/admin/plans")).param("name", "Again").param("interval", "month").param("amount", "900")
                .param("currency", "EUR").param("stripePrice", "price_t" + key))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(twice).contains("already uses the Stripe price");
    }

    @Test
    void onlyAdminsReachTheBillingAdminPagesAndEveryChangeNeedsItsCsrfToken() throws Exception {
        Cookie editor = SignedIn.as(mvc, readers, "editor-" + key + "@parallax.example", Role.EDITOR);
        for (String path : new String[] {"/admin", "/admin/plans", "/admin/subscriptions"}) {
            mvc.perform(get(path).cookie(editor)).andExpect(status().isForbidden());
            mvc.perform(get(path)).andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/admin/plans").cookie(admin).param("name", "No token").param("interval", "month")
                .param("amount", "900").param("currency", "EUR").param("stripePrice", "price_n" + key))
                .andExpect(status().isForbidden());
        assertThat(plans.byStripePrice("price_n" + key)).isEmpty();
    }

    @Test
    void aComplimentarySubscriptionOpensTheGatedArticleUntilItIsRevoked() throws Exception {
        String email = "press-" + key + "@lakeside.example";
        Cookie reader = SignedIn.as(mvc, readers, email, Role.READER);
        assertThat(page(get("/articles/" + GATED_ID).cookie(reader), 200)).doesNotContain(GATED_WORD);
        String until = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();

        mvc.perform(as(post("/admin/subscriptions/grant")).param("email", email.toUpperCase()).param("until", until)
                .param("note", "Press pass")).andExpect(status().is3xxRedirection());

        assertThat(page(get("/articles/" + GATED_ID).cookie(reader), 200)).contains(GATED_WORD);
        SubscriptionEntry entry = ledger.all().stream().filter(e -> email.equals(e.readerEmail())).findFirst().orElseThrow();
        assertThat(entry.source()).isEqualTo("complimentary");
        assertThat(entry.note()).isEqualTo("Press pass");
        assertThat(entry.grantedByEmail()).isEqualTo("admin-" + key + "@parallax.example");
        assertThat(entry.accessUntil()).isEqualTo(LocalDate.parse(until).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        assertThat(page(get("/admin/subscriptions").cookie(admin), 200)).contains(email, "complimentary", "Press pass", "Revoke");

        mvc.perform(as(post("/admin/subscriptions/" + entry.id() + "/revoke"))).andExpect(status().is3xxRedirection());

        assertThat(page(get("/articles/" + GATED_ID).cookie(reader), 200)).doesNotContain(GATED_WORD);
        assertThat(ledger.entry(entry.id()).orElseThrow().status()).isEqualTo("revoked");
    }

    @Test
    void aGrantWithoutAnAccountOrWithABadDateIsRefusedClearly() throws Exception {
        readers.register("known-" + key + "@lakeside.example");
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        String[][] cases = {
                {"nobody-" + key + "@lakeside.example", tomorrow, "no account for"},
                {"not-an-email", tomorrow, "@"},
                {"known-" + key + "@lakeside.example", "next week", "a date such as"},
                {"known-" + key + "@lakeside.example", "2001-01-01", "already past"},
        };
        for (String[] c : cases) {
            String html = mvc.perform(as(post("/admin/subscriptions/grant")).param("email", c[0]).param("until", c[1]))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
            assertThat(html).as(c[0] + " " + c[1]).contains(c[2]);
        }
        assertThat(ledger.all()).noneMatch(e -> e.readerEmail() != null && e.readerEmail().contains(key));
    }

    @Test
    void aPaidSubscriptionCannotBeRevokedHere() throws Exception {
        long readerId = readers.register("paying-" + key + "@lakeside.example").id();
        ledger.insertStripe(readerId, "cus_" + key, "sub_" + key, new Standing("active", true, null), null, null, null);
        long id = ledger.byStripeId("sub_" + key).orElseThrow().id();

        String html = mvc.perform(as(post("/admin/subscriptions/" + id + "/revoke"))).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("canceled in Stripe");
        assertThat(ledger.byStripeId("sub_" + key).orElseThrow().grantsAccess()).isTrue();
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.cookie(admin).with(csrf());
    }

    private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }
}
