package org.parallax.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.StripeWebhooks;
import org.parallax.library.AccessLevel;
import org.parallax.library.ArticleDraft;
import org.parallax.library.ArticleKind;
import org.parallax.library.Block;
import org.parallax.library.Library;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reader's road through the paywall, in Chromium: an anonymous visitor reads a teaser, gives an
 * email and reads on; confirms the email from the mail; spends the three free articles; is refused
 * the fourth with the subscribe offer; subscribes (Stripe's signed webhooks); then reads
 * everything with no ad slot. An admin sets the house ad first, and both sign out.
 */
class ReaderJourneyBrowserTest extends BrowserTest {

    private static final String ADMIN = "journey-admin@parallax.example";
    private static final String ADMIN_PASSWORD = "night-desk-lamp-9";
    private static final String READER = "journey-reader@harbour.example";
    private static final String AD_TEXT = "Hear the night desk at the Harbour Forum";

    @Autowired
    Library library;

    @Autowired
    Readers readers;

    @Test
    void fromTeaserToEmailToThreeFreeArticlesToSubscriber() throws Exception {
        for (int n = 1; n <= 5; n++) {
            library.store(gated(n));
        }
        adminSetsTheHouseAd();

        // Anonymous: the teaser, the ad slot and the email form; the rest of the text is not on the page.
        open("/articles/journey-1");
        assertThat(pageText()).contains("Opening of journey piece 1").doesNotContain("Secret of journey piece 1");
        assertThat(browser.getPageSource()).doesNotContain("Secret of journey piece 1");
        assertThat(find(".house-ad").getText()).contains(AD_TEXT);
        find("#unlock-email").sendKeys(READER);
        clickThrough(".unlock-form button[type=submit]");
        assertThat(pageText()).contains("Secret of journey piece 1", "confirm");

        // Confirming the email from the mail signs the reader in, back on the article.
        open(inbox().latestLinkTo(READER, "/sign-in/confirm"));
        clickThrough("main form button[type=submit]");
        assertThat(browser.getCurrentUrl()).contains("/articles/journey-1");
        assertThat(pageText()).contains(READER, "Secret of journey piece 1");

        // Three articles of the reader's choice.
        for (int n = 2; n <= 4; n++) {
            open("/articles/journey-" + n);
            assertThat(pageText()).contains((5 - n) + " of 3").doesNotContain("Secret of journey piece " + n);
            assertThat(find("#paywall button[type=submit]").getText()).isEqualTo("Use 1 of your 3 free articles");
            clickThrough("#paywall button[type=submit]");
            assertThat(pageText()).contains("Secret of journey piece " + n);
        }

        // The fourth is refused with the subscribe offer.
        open("/articles/journey-5");
        assertThat(pageText()).contains("This article is for subscribers", "Subscribe for All-Access")
                .doesNotContain("Secret of journey piece 5");
        assertThat(present("#paywall form")).isFalse();

        // Stripe says the reader subscribed.
        Reader reader = readers.byEmail(READER).orElseThrow();
        deliver(StripeWebhooks.event("checkout.session.completed", "evt_journey_1", Instant.now().minusSeconds(5), object -> {
            object.put("mode", "subscription");
            object.put("client_reference_id", Long.toString(reader.id()));
            object.put("customer", "cus_journey");
            object.put("subscription", "sub_journey");
        }));
        deliver(StripeWebhooks.event("customer.subscription.created", "evt_journey_2", Instant.now().minusSeconds(4), object -> {
            object.put("id", "sub_journey");
            object.put("customer", "cus_journey");
            object.put("status", "active");
            object.put("current_period_end", Instant.now().plus(Duration.ofDays(30)).getEpochSecond());
            object.putObject("metadata").put("reader_id", Long.toString(reader.id()));
        }));

        // Everything is readable, with no ad slot and no meter.
        for (int n = 1; n <= 5; n++) {
            open("/articles/journey-" + n);
            assertThat(pageText()).contains("Secret of journey piece " + n);
            assertThat(present(".house-ad")).as("ad slot for a subscriber").isFalse();
            assertThat(present("#paywall")).isFalse();
            assertThat(present(".meter-banner")).isFalse();
        }

        clickThrough(".account-nav button[type=submit]");
        open("/articles/journey-5");
        assertThat(pageText()).doesNotContain("Secret of journey piece 5").doesNotContain(READER);
    }

    private void adminSetsTheHouseAd() {
        Reader admin = readers.register(ADMIN, ADMIN_PASSWORD);
        readers.grant(admin.id(), Role.ADMIN);
        open("/sign-in?continue=/admin/house-ad");
        find("details.password-sign-in summary").click();
        find("#password-email").sendKeys(ADMIN);
        find("#password").sendKeys(ADMIN_PASSWORD);
        clickThrough("details.password-sign-in button[type=submit]");
        find("#house-ad-text").sendKeys(AD_TEXT);
        find("#house-ad-link").sendKeys("https://parallax.example/forum");
        clickThrough("form.stacked-form button[type=submit]");
        assertThat(pageText()).contains(AD_TEXT);
        clickThrough(".account-nav button[type=submit]");
        assertThat(pageText()).doesNotContain(ADMIN);
    }

    private static void deliver(String event) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + "/billing/stripe/webhook"))
                        .header("Content-Type", "application/json")
                        .header("Stripe-Signature", StripeWebhooks.sign(event))
                        .POST(HttpRequest.BodyPublishers.ofString(event)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    private static ArticleDraft gated(int n) {
        return new ArticleDraft("journey-" + n, "https://parallax.example/in-depth/journey-" + n, "Parallax",
                "Journey piece " + n + ": the harbour at night", "A piece for the reader journey", "Night Desk",
                ArticleKind.IN_DEPTH, AccessLevel.SUBSCRIBERS, "en", Instant.parse("2026-11-0" + n + "T06:00:00Z"), null,
                List.of(new Block.Paragraph("Opening of journey piece " + n + " sets the scene on the quay."),
                        new Block.Paragraph("The second paragraph of piece " + n + " still belongs to the teaser."),
                        new Block.Paragraph("Secret of journey piece " + n + ": the ferry never sailed."),
                        new Block.Paragraph("A closing paragraph of piece " + n + ".")));
    }
}
