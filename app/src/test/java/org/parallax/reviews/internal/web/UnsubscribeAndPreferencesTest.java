package org.parallax.reviews.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.Inbox;
import org.parallax.SignedIn;
import org.parallax.WebTest;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.parallax.reviews.Deliveries;
import org.parallax.reviews.Review;
import org.parallax.reviews.internal.RecipientTokens;
import org.parallax.reviews.internal.ReviewPreferences;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockPart;

/**
 * The links at the bottom of every review: one-click unsubscribe (RFC 8058), which works without a
 * session or CSRF token but only for a genuine token, and the preference pages.
 */
class UnsubscribeAndPreferencesTest extends WebTest {

    @Autowired
    Readers readers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecipientTokens tokens;

    @Autowired
    ReviewPreferences preferences;

    @Autowired
    Deliveries deliveries;

    ReviewWebFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ReviewWebFixtures(readers, jdbc);
    }

    @Test
    void theListUnsubscribeLinkOfADeliveredReviewUnsubscribesByOnePostWithoutASession() throws Exception {
        Reader nadia = fixtures.subscriber(ReviewWebFixtures.unique("nadia"));
        long first = fixtures.edition(Review.DAILY, LocalDate.parse("2026-04-06"), "The Daily Review: one click", "One click.");
        fixtures.delivery(first, nadia, "pending", 0, null);
        deliveries.deliver(first);
        MimeMessage delivered = Inbox.to(nadia.email()).getLast();
        String header = delivered.getHeader("List-Unsubscribe", ",");
        Matcher link = Pattern.compile("<https?://[^/>]+(/reviews/unsubscribe/[^>]+)>").matcher(header);
        assertThat(link.find()).as(header).isTrue();
        assertThat(delivered.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");

        mvc.perform(post(link.group(1)).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk());

        long second = fixtures.edition(Review.DAILY, LocalDate.parse("2026-04-07"), "The Daily Review: no more", "No more.");
        fixtures.delivery(second, nadia, "pending", 0, null);
        deliveries.deliver(second);
        assertThat(preferences.wants(nadia.id(), Review.DAILY)).isFalse();
        assertThat(Inbox.to(nadia.email())).as("nothing after unsubscribing").hasSize(1);
    }

    @Test
    void openingTheLinkOnlyAsksSoAMailScannerFollowingItUnsubscribesNoOne() throws Exception {
        Reader nadia = fixtures.subscriber(ReviewWebFixtures.unique("nadia"));
        String token = tokens.sign(nadia.id(), Review.DAILY);

        String page = body(mvc.perform(get("/reviews/unsubscribe/" + token)).andExpect(status().isOk()).andReturn().getResponse());

        assertThat(page).contains("Unsubscribe from The Daily Review?")
                .contains("action=\"/reviews/unsubscribe/" + token + "\"")
                .contains("name=\"List-Unsubscribe\" value=\"One-Click\"")
                .doesNotContain(nadia.email());
        assertThat(preferences.wants(nadia.id(), Review.DAILY)).isTrue();
    }

    @Test
    void aOneClickPostWithoutSessionOrCsrfTokenUnsubscribesFromThatReviewOnly() throws Exception {
        Reader nadia = fixtures.subscriber(ReviewWebFixtures.unique("nadia"));
        String token = tokens.sign(nadia.id(), Review.DAILY);

        MockHttpServletResponse response = mvc.perform(post("/reviews/unsubscribe/" + token)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk())
                .andReturn().getResponse();

        assertThat(body(response)).contains("You are unsubscribed").contains("gets no more of The Daily Review");
        assertThat(response.getCookie(SignedIn.SESSION_COOKIE)).as("no session is started").isNull();
        assertThat(preferences.wants(nadia.id(), Review.DAILY)).isFalse();
        assertThat(preferences.wants(nadia.id(), Review.WEEKLY)).as("the other review keeps coming").isTrue();
    }

    @Test
    void aOneClickPostMayComeAsMultipartFormData() throws Exception {
        Reader nadia = fixtures.subscriber(ReviewWebFixtures.unique("nadia"));

        mvc.perform(multipart("/reviews/unsubscribe/" + tokens.sign(nadia.id(), Review.DAILY))
                        .part(new MockPart("List-Unsubscribe", "One-Click".getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isOk());

        assertThat(preferences.wants(nadia.id(), Review.DAILY)).isFalse();
    }

    @Test
    void aReplayedUnsubscribeSaysSoAgainAndChangesNothingElse() throws Exception {
        Reader nadia = fixtures.subscriber(ReviewWebFixtures.unique("nadia"));
        String token = tokens.sign(nadia.id(), Review.WEEKLY);

        for (int time = 0; time < 3; time++) {
            mvc.perform(oneClick(token)).andExpect(status().isOk());
        }

        assertThat(preferences.wants(nadia.id(), Review.WEEKLY)).isFalse();
        assertThat(preferences.wants(nadia.id(), Review.DAILY)).isTrue();
    }

    @Test
    void aForgedTokenOrOneMovedToAnotherReaderIsRefusedAndChangesNothing() throws Exception {
        Reader nadia = fixtures.subscriber(ReviewWebFixtures.unique("nadia"));
        Reader tomasz = fixtures.subscriber(ReviewWebFixtures.unique("tomasz"));
        String genuine = tokens.sign(nadia.id(), Review.DAILY);
        String signature = genuine.substring(genuine.lastIndexOf('.') + 1);
        String tampered = genuine.substring(0, genuine.length() - 2) + (genuine.endsWith("AA") ? "BB" : "AA");

        for (String forged : new String[] {"forged", tampered, tomasz.id() + ".daily." + signature,
                nadia.id() + ".weekly." + signature, "", "1.daily." + "x".repeat(200)}) {
            MockHttpServletResponse answer = mvc.perform(oneClick(forged)).andReturn().getResponse();
            assertThat(answer.getStatus()).as("POST %s", forged).isIn(400, 404, 405);
            if (!forged.isEmpty()) {
                assertThat(mvc.perform(get("/reviews/unsubscribe/" + forged)).andReturn().getResponse().getStatus())
                        .as("GET %s", forged).isEqualTo(404);
            }
        }

        assertThat(body(mvc.perform(oneClick(tampered)).andReturn().getResponse())).contains("Link not recognised");
        assertThat(preferences.wants(nadia.id(), Review.DAILY)).isTrue();
        assertThat(preferences.wants(nadia.id(), Review.WEEKLY)).isTrue();
        assertThat(preferences.wants(tomasz.id(), Review.DAILY)).isTrue();
    }

    @Test
    void theLinkOfADeletedAccountFindsNoOne() throws Exception {
        Reader gone = fixtures.subscriber(ReviewWebFixtures.unique("gone"));
        String token = tokens.sign(gone.id(), Review.DAILY);
        readers.delete(gone.id());

        mvc.perform(oneClick(token)).andExpect(status().isNotFound());
        mvc.perform(get("/reviews/preferences/" + token)).andExpect(status().isNotFound());
    }

    @Test
    void aPostWithoutTheOneClickBodyChangesNothing() throws Exception {
        Reader nadia = fixtures.subscriber(ReviewWebFixtures.unique("nadia"));

        mvc.perform(post("/reviews/unsubscribe/" + tokens.sign(nadia.id(), Review.DAILY))).andExpect(status().isBadRequest());

        assertThat(preferences.wants(nadia.id(), Review.DAILY)).isTrue();
    }

    @Test
    void unsubscribingFromTheNewsletterSignsTheReaderOffItOnTheAccountToo() throws Exception {
        Reader ilse = fixtures.confirmed(ReviewWebFixtures.unique("ilse"));
        readers.setNewsletter(ilse.id(), true);

        mvc.perform(oneClick(tokens.sign(ilse.id(), Review.NEWSLETTER))).andExpect(status().isOk());

        assertThat(readers.newsletter(ilse.id())).isFalse();
    }

    @Test
    void theLinkedPreferencePageSavesTheChoiceWithItsCsrfTokenAndWithoutSigningIn() throws Exception {
        Reader nadia = fixtures.subscriber(ReviewWebFixtures.unique("nadia"));
        String path = "/reviews/preferences/" + tokens.sign(nadia.id(), Review.NEWSLETTER);

        String page = body(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse());
        assertThat(page).contains("The Daily Review").contains("The Weekly Review").contains("The Parallax Newsletter")
                .contains("action=\"" + path + "\"").contains("name=\"_csrf\"");

        mvc.perform(post(path).param("review", "weekly")).andExpect(status().isForbidden());
        assertThat(preferences.wants(nadia.id(), Review.DAILY)).as("nothing saved without the CSRF token").isTrue();

        mvc.perform(post(path).with(csrf()).param("review", "weekly").param("review", "newsletter"))
                .andExpect(redirectedUrl(path + "?saved=1"));

        assertThat(preferences.wants(nadia.id(), Review.DAILY)).isFalse();
        assertThat(preferences.wants(nadia.id(), Review.WEEKLY)).isTrue();
        assertThat(readers.newsletter(nadia.id())).isTrue();
        assertThat(body(mvc.perform(get(path + "?saved=1")).andReturn().getResponse())).contains("Saved.");
    }

    @Test
    void aReaderWithoutAllAccessCannotChooseTheReviewsAndAnUnconfirmedOneNotTheNewsletter() throws Exception {
        Reader unconfirmed = readers.register(ReviewWebFixtures.unique("marek"));
        String path = "/reviews/preferences/" + tokens.sign(unconfirmed.id(), Review.NEWSLETTER);

        String page = body(mvc.perform(get(path)).andReturn().getResponse());
        mvc.perform(post(path).with(csrf()).param("review", "daily").param("review", "newsletter"))
                .andExpect(status().is3xxRedirection());

        assertThat(page).contains("come with <a href=\"/subscribe\">All-Access</a>").contains("once your email is confirmed");
        assertThat(readers.newsletter(unconfirmed.id())).isFalse();
    }

    @Test
    void anUnknownReviewInTheFormIsRefusedAndAForgedPreferenceTokenFindsNoPage() throws Exception {
        Reader nadia = fixtures.subscriber(ReviewWebFixtures.unique("nadia"));
        String path = "/reviews/preferences/" + tokens.sign(nadia.id(), Review.DAILY);

        mvc.perform(post(path).with(csrf()).param("review", "monthly")).andExpect(status().isBadRequest());
        mvc.perform(get("/reviews/preferences/" + nadia.id() + ".daily.forged")).andExpect(status().isNotFound());
        mvc.perform(post("/reviews/preferences/" + nadia.id() + ".daily.forged").with(csrf())).andExpect(status().isNotFound());

        assertThat(preferences.wants(nadia.id(), Review.DAILY)).isTrue();
    }

    @Test
    void aSignedInReaderChoosesTheirEmailsFromTheAccount() throws Exception {
        Reader nadia = fixtures.subscriber(ReviewWebFixtures.unique("nadia"));
        Cookie session = SignedIn.as(mvc, readers, nadia.email(), Role.READER);

        String account = body(mvc.perform(get("/account").cookie(session)).andReturn().getResponse());
        String page = body(mvc.perform(get("/account/emails").cookie(session)).andExpect(status().isOk()).andReturn().getResponse());
        mvc.perform(post("/account/emails").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(post("/account/emails").cookie(session).with(csrf()).param("review", "daily"))
                .andExpect(redirectedUrl("/account/emails?saved=1"));

        assertThat(account).contains("You get The Daily Review.").contains("href=\"/account/emails\"");
        assertThat(page).contains(nadia.email()).contains("action=\"/account/emails\"");
        assertThat(preferences.wants(nadia.id(), Review.DAILY)).isTrue();
        assertThat(preferences.wants(nadia.id(), Review.WEEKLY)).isFalse();
        mvc.perform(get("/account/emails")).andExpect(status().is3xxRedirection());
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder oneClick(String token) {
        return post("/reviews/unsubscribe/" + token).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("List-Unsubscribe=One-Click");
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
