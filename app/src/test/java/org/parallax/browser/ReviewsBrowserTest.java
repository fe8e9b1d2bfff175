package org.parallax.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.parallax.readers.Purpose;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.reviews.EditionContent;
import org.parallax.reviews.Review;
import org.parallax.reviews.internal.RecipientTokens;
import org.parallax.reviews.internal.ReviewPreferences;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A subscriber reads an archived review as the email it was; a reader unsubscribes with the button of the link. */
class ReviewsBrowserTest extends BrowserTest {

    private static final String PASSWORD = "night-ferries-sail-again";

    @Autowired
    Readers readers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecipientTokens tokens;

    @Autowired
    ReviewPreferences preferences;

    @Test
    void aSubscriberReadsTheArchivedDailyReviewStyledAsTheEmailItWas() {
        Reader nadia = subscriber("nadia-archive@harbour.example");
        long now = Instant.now().toEpochMilli();
        jdbc.sql("""
                        insert into review_edition (review, edition_date, subject, html, plain_text, frozen_at)
                        values ('DAILY', '2026-03-16', 'The Daily Review: the sluice deal holds', ?, 'The sluice stays open.', ?)
                        on conflict (review, edition_date) do nothing""")
                .params("<!DOCTYPE html><html><body><table role=\"presentation\"><tr><td id=\"lead\" style=\"color:#2a6f2a\">"
                        + "The sluice stays open through the dry season.</td></tr><tr><td><a id=\"out\" href=\""
                        + EditionContent.UNSUBSCRIBE + "\">Unsubscribe</a></td></tr></table></body></html>", now)
                .update();

        signIn(nadia.email());
        open("/reviews/daily");
        clickThrough("a[href='/reviews/daily/2026-03-16']");
        assertThat(pageText()).contains("The Daily Review: the sluice deal holds");

        browser.switchTo().frame(find("iframe.edition-frame"));
        WebElement lead = browser.findElement(By.id("lead"));
        assertThat(lead.getText()).isEqualTo("The sluice stays open through the dry season.");
        assertThat(lead.getCssValue("color")).as("the email's inline style applies in the frame").isEqualTo("rgba(42, 111, 42, 1)");
        assertThat(browser.findElement(By.id("out")).getAttribute("href")).endsWith("/account/emails");
        browser.switchTo().defaultContent();
    }

    @Test
    void aReaderUnsubscribesWithTheButtonOfTheLinkWithoutSigningIn() {
        browser.manage().deleteAllCookies();
        Reader marek = subscriber("marek-unsubscribe@harbour.example");

        open("/reviews/unsubscribe/" + tokens.sign(marek.id(), Review.WEEKLY));
        assertThat(pageText()).contains("Unsubscribe from The Weekly Review?");
        assertThat(preferences.wants(marek.id(), Review.WEEKLY)).isTrue();
        clickThrough(".account-form button[type=submit]");

        assertThat(pageText()).contains("You are unsubscribed", "gets no more of The Weekly Review");
        assertThat(preferences.wants(marek.id(), Review.WEEKLY)).isFalse();
        assertThat(preferences.wants(marek.id(), Review.DAILY)).isTrue();
    }

    private Reader subscriber(String email) {
        Reader reader = readers.byEmail(email).orElseGet(() -> readers.register(email, PASSWORD));
        readers.redeem(readers.issueLink(reader.id(), Purpose.SIGN_IN), Purpose.SIGN_IN);
        long now = Instant.now().toEpochMilli();
        jdbc.sql("""
                        insert into subscription (reader_id, source, status, grants_access, access_until, created_at, updated_at)
                        values (?, 'COMPLIMENTARY', 'active', ?, null, ?, ?)""")
                .params(reader.id(), true, now, now)
                .update();
        return reader;
    }

    private static void signIn(String email) {
        browser.manage().deleteAllCookies();
        open("/sign-in");
        find("details.password-sign-in summary").click();
        find("#password-email").sendKeys(email);
        find("#password").sendKeys(PASSWORD);
        clickThrough("details.password-sign-in button[type=submit]");
    }
}
