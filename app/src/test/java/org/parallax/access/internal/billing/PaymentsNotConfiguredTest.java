package org.parallax.access.internal.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.SignedIn;
import org.parallax.StripeWebhooks;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** A site without Stripe keys (the default): it says so plainly and takes no payment or webhook. */
@SpringBootTest
@AutoConfigureMockMvc
class PaymentsNotConfiguredTest {

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void noKeys(DynamicPropertyRegistry registry) {
        registry.add("parallax.data", data::toString);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Readers readers;
    @Autowired
    Plans plans;

    @Test
    void theSubscribePageSaysPaymentsAreNotConfiguredAndThePostRefuses() throws Exception {
        Plan plan = plans.create(new PlanForm("All-Access monthly", "month", "900", "EUR", "price_unconfigured", true));
        String page = mvc.perform(get("/subscribe")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Payments are not configured").contains("EUR 9.00 a month").doesNotContain("action=\"/subscribe\"");

        Cookie session = SignedIn.as(mvc, readers, "early@lakeside.example", Role.READER);
        String refused = mvc.perform(post("/subscribe").cookie(session).with(csrf()).param("plan", Long.toString(plan.id())))
                .andExpect(status().isServiceUnavailable()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains(SubscribeController.NOT_CONFIGURED);
    }

    @Test
    void theWebhookRefusesEverythingWithoutASecret() throws Exception {
        String body = "{\"id\": \"evt_1\", \"type\": \"customer.subscription.created\"}";
        mvc.perform(post("/billing/stripe/webhook").contentType(MediaType.APPLICATION_JSON).content(body)
                        .header("Stripe-Signature", StripeWebhooks.sign(body, "whsec_guess", java.time.Instant.now())))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.title").value("Payments are not configured"));
    }
}
