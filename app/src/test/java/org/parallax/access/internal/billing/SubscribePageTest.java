package org.parallax.access.internal.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parallax.FakeStripe;
import org.parallax.SignedIn;
import org.parallax.WebTest;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** The subscribe page and the step to Stripe Checkout, against a local stand-in for Stripe's API. */
class SubscribePageTest extends WebTest {

    @Autowired
    Readers readers;
    @Autowired
    Plans plans;
    @Autowired
    SubscriptionLedger ledger;
    @Value("${parallax.base-url}")
    String baseUrl;

    private final String key = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void anyoneSeesTheActivePlansWithTheirPricesAndAnonymousReadersAreAskedToSignIn() throws Exception {
        Plan monthly = plans.create(new PlanForm("All-Access monthly " + key, "month", "900", "eur", "price_m" + key, true));
        Plan retired = plans.create(new PlanForm("Old plan " + key, "year", "5000", "EUR", "price_o" + key, true));
        plans.setActive(retired.id(), false);

        String html = mvc.perform(get("/subscribe")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains(monthly.name(), "EUR 9.00 a month", "/sign-in?continue=/subscribe")
                .doesNotContain(retired.name()).doesNotContain("not configured");
    }

    @Test
    void anAnonymousPostIsSentToSignInFirst() throws Exception {
        Plan plan = plans.create(new PlanForm("Monthly " + key, "month", "900", "EUR", "price_a" + key, true));
        mvc.perform(post("/subscribe").with(csrf()).param("plan", Long.toString(plan.id())))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/sign-in?continue=/subscribe"));
    }

    @Test
    void aSignedInReaderIsSentToStripeCheckoutWithTheirIdOnTheSession() throws Exception {
        Plan plan = plans.create(new PlanForm("Yearly " + key, "year", "9000", "EUR", "price_y" + key, true));
        String email = "checkout-" + key + "@lakeside.example";
        Cookie session = SignedIn.as(mvc, readers, email, Role.READER);
        Reader reader = readers.byEmail(email).orElseThrow();
        String form = mvc.perform(get("/subscribe").cookie(session)).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("action=\"/subscribe\"", "value=\"" + plan.id() + "\"");
        int before = FakeStripe.received().size();

        mvc.perform(post("/subscribe").cookie(session).with(csrf()).param("plan", Long.toString(plan.id())))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", FakeStripe.CHECKOUT_PAGE));

        List<FakeStripe.Request> sent = FakeStripe.received().subList(before, FakeStripe.received().size());
        assertThat(sent).hasSize(1);
        FakeStripe.Request request = sent.getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/checkout/sessions");
        assertThat(request.headers().get("authorization")).isEqualTo("Bearer " + FakeStripe.SECRET_KEY);
        Map<String, String> fields = request.form();
        assertThat(fields).containsEntry("mode", "subscription")
                .containsEntry("client_reference_id", Long.toString(reader.id()))
                .containsEntry("customer_email", email)
                .containsEntry("line_items[0][price]", "price_y" + key)
                .containsEntry("line_items[0][quantity]", "1")
                .containsEntry("subscription_data[metadata][reader_id]", Long.toString(reader.id()))
                .containsEntry("metadata[reader_id]", Long.toString(reader.id()))
                .containsEntry("success_url", baseUrl + "/subscribe/thanks?session_id={CHECKOUT_SESSION_ID}")
                .containsEntry("cancel_url", baseUrl + "/subscribe?canceled");
    }

    @Test
    void anUnknownOrInactivePlanIsRefusedWithoutCallingStripe() throws Exception {
        Plan retired = plans.create(new PlanForm("Retired " + key, "month", "700", "EUR", "price_r" + key, true));
        plans.setActive(retired.id(), false);
        Cookie session = SignedIn.as(mvc, readers, "chooser-" + key + "@lakeside.example", Role.READER);
        int before = FakeStripe.received().size();

        for (String plan : List.of(Long.toString(retired.id()), "999999", "monthly", "")) {
            String html = mvc.perform(post("/subscribe").cookie(session).with(csrf()).param("plan", plan))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
            assertThat(html).contains("Please choose one of the plans");
        }
        assertThat(FakeStripe.received()).hasSize(before);
    }

    @Test
    void aReaderWhoAlreadyHoldsAllAccessIsNotSentToPayAgain() throws Exception {
        Plan plan = plans.create(new PlanForm("Monthly " + key, "month", "900", "EUR", "price_h" + key, true));
        String email = "holder-" + key + "@lakeside.example";
        Cookie session = SignedIn.as(mvc, readers, email, Role.READER);
        ledger.grantComplimentary(readers.byEmail(email).orElseThrow().id(), java.time.Instant.now().plusSeconds(3600), null,
                readers.byEmail(email).orElseThrow().id());
        int before = FakeStripe.received().size();

        String html = mvc.perform(post("/subscribe").cookie(session).with(csrf()).param("plan", Long.toString(plan.id())))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("You already hold All-Access");
        assertThat(FakeStripe.received()).hasSize(before);
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        Cookie session = SignedIn.as(mvc, readers, "forged-" + key + "@lakeside.example", Role.READER);
        mvc.perform(post("/subscribe").cookie(session).param("plan", "1")).andExpect(status().isForbidden());
    }

    @Test
    void theThanksPageExplainsThatAccessFollowsStripesConfirmation() throws Exception {
        String html = mvc.perform(get("/subscribe/thanks").param("session_id", "cs_test_1")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("as soon as Stripe confirms the payment");
    }
}
