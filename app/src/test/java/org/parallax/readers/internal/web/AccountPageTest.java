package org.parallax.readers.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.readers.internal.web.Pages.body;
import static org.parallax.readers.internal.web.Pages.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.parallax.Inbox;
import org.parallax.SignedIn;
import org.parallax.WebTest;
import org.parallax.readers.Purpose;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.springframework.beans.factory.annotation.Autowired;

class AccountPageTest extends WebTest {

    private static final String NEW_PASSWORD = "tides-turn-at-seven";

    @Autowired
    Readers readers;

    @Test
    void theAccountPageShowsTheEmailItsConfirmationAndTheRole() throws Exception {
        String email = unique("page");
        Cookie session = SignedIn.as(mvc, readers, email, Role.EDITOR);

        String page = body(mvc.perform(get("/account").cookie(session)).andExpect(status().isOk()).andReturn().getResponse());

        assertThat(page).contains(email, "(not confirmed yet)", "editor", "Resend the confirmation link",
                "Change your password", "Download your data", "Delete my account");
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() throws Exception {
        mvc.perform(get("/account")).andExpect(redirectedUrl("/sign-in?continue=%2Faccount"));
    }

    @Test
    void anUnconfirmedReaderGetsANewConfirmationLinkButCannotTakeTheNewsletter() throws Exception {
        String email = unique("unconfirmed");
        Cookie session = SignedIn.as(mvc, readers, email, Role.READER);

        mvc.perform(post("/account/confirm").cookie(session).with(csrf())).andExpect(redirectedUrl("/account?done=confirm-sent"));
        assertThat(Inbox.latestText(email)).contains("confirm your email", "/sign-in/confirm?token=");
        String refused = body(mvc.perform(post("/account/newsletter").cookie(session).with(csrf()).param("newsletter", "true"))
                .andExpect(status().isBadRequest()).andReturn().getResponse());

        assertThat(refused).contains("First confirm your email");
        assertThat(readers.newsletter(readers.byEmail(email).orElseThrow().id())).isFalse();
    }

    @Test
    void aConfirmedReaderSignsUpForTheNewsletterAndOffAgain() throws Exception {
        String email = unique("letters");
        Cookie session = SignedIn.as(mvc, readers, email, Role.READER);
        Reader reader = readers.byEmail(email).orElseThrow();
        readers.redeem(readers.issueLink(reader.id(), Purpose.CONFIRM_EMAIL), Purpose.CONFIRM_EMAIL);

        mvc.perform(post("/account/newsletter").cookie(session).with(csrf()).param("newsletter", "true"))
                .andExpect(redirectedUrl("/account?done=newsletter-on"));
        assertThat(readers.newsletter(reader.id())).isTrue();
        assertThat(body(mvc.perform(get("/account?done=newsletter-on").cookie(session)).andReturn().getResponse()))
                .contains("(confirmed)", "You are signed up", "checked");

        mvc.perform(post("/account/newsletter").cookie(session).with(csrf())).andExpect(redirectedUrl("/account?done=newsletter-off"));
        assertThat(readers.newsletter(reader.id())).isFalse();
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndSignsOutEveryOtherDevice() throws Exception {
        String email = unique("changer");
        Cookie laptop = SignedIn.as(mvc, readers, email, Role.READER);
        Cookie phone = SignedIn.as(mvc, readers, email, Role.READER);

        String wrong = body(mvc.perform(post("/account/password").cookie(laptop).with(csrf())
                        .param("current", "not the password at all").param("password", NEW_PASSWORD))
                .andExpect(status().isBadRequest()).andReturn().getResponse());
        assertThat(wrong).contains("current password is not right");
        String tooShort = body(mvc.perform(post("/account/password").cookie(laptop).with(csrf())
                        .param("current", SignedIn.PASSWORD).param("password", "short"))
                .andExpect(status().isBadRequest()).andReturn().getResponse());
        assertThat(tooShort).contains("at least 12 characters");
        mvc.perform(get("/account").cookie(phone)).andExpect(status().isOk());

        Cookie renewed = mvc.perform(post("/account/password").cookie(laptop).with(csrf())
                        .param("current", SignedIn.PASSWORD).param("password", NEW_PASSWORD))
                .andExpect(redirectedUrl("/account?done=password")).andReturn().getResponse().getCookie(SignedIn.SESSION_COOKIE);

        assertThat(readers.checkPassword(email, NEW_PASSWORD)).isPresent();
        assertThat(renewed).isNotNull();
        assertThat(renewed.getValue()).isNotEqualTo(laptop.getValue());
        mvc.perform(get("/account").cookie(renewed)).andExpect(status().isOk());
        mvc.perform(get("/account").cookie(phone)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aRememberedDeviceStaysRememberedAfterANewPassword() throws Exception {
        String email = unique("remembered");
        readers.register(email, SignedIn.PASSWORD);
        Cookie remembered = mvc.perform(post("/sign-in/password").with(csrf()).param("email", email)
                        .param("password", SignedIn.PASSWORD).param("remember", "true"))
                .andReturn().getResponse().getCookie(SignedIn.SESSION_COOKIE);

        Cookie renewed = mvc.perform(post("/account/password").cookie(remembered).with(csrf())
                        .param("current", SignedIn.PASSWORD).param("password", NEW_PASSWORD))
                .andExpect(redirectedUrl("/account?done=password")).andReturn().getResponse().getCookie(SignedIn.SESSION_COOKIE);

        assertThat(renewed.getMaxAge()).isEqualTo(30 * 24 * 3600);
    }

    @Test
    void aReaderWithoutAPasswordSetsOne() throws Exception {
        String email = unique("linksonly");
        Cookie session = SignedIn.as(mvc, readers, email, Role.READER);
        readers.delete(readers.byEmail(email).orElseThrow().id()); // a fresh account with no password under the same email
        Reader fresh = readers.register(email);
        Cookie linkSession = signInByLink(email);

        assertThat(body(mvc.perform(get("/account").cookie(linkSession)).andReturn().getResponse()))
                .contains("Set a password").doesNotContain("Current password");
        mvc.perform(post("/account/password").cookie(linkSession).with(csrf()).param("password", NEW_PASSWORD))
                .andExpect(redirectedUrl("/account?done=password"));

        assertThat(readers.reader(fresh.id()).orElseThrow().hasPassword()).isTrue();
        mvc.perform(get("/account").cookie(session)).andExpect(status().is3xxRedirection());
    }

    private Cookie signInByLink(String email) throws Exception {
        mvc.perform(post("/sign-in/link").with(csrf()).param("email", email)).andExpect(status().isOk());
        return mvc.perform(Pages.postLink(Inbox.latestLink(email, "/sign-in/confirm")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie(SignedIn.SESSION_COOKIE);
    }
}
