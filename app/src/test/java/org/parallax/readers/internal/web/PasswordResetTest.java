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
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.springframework.beans.factory.annotation.Autowired;

class PasswordResetTest extends WebTest {

    private static final String NEW_PASSWORD = "lanterns-over-the-weir";

    @Autowired
    Readers readers;

    @Test
    void knownAndUnknownEmailsGetTheSameAnswerAndOnlyTheKnownOneGetsMail() throws Exception {
        String known = unique("forgetful");
        readers.register(known);
        String unknown = unique("stranger");

        String toKnown = body(mvc.perform(post("/password/forgot").with(csrf()).param("email", known))
                .andExpect(status().isOk()).andReturn().getResponse());
        String toUnknown = body(mvc.perform(post("/password/forgot").with(csrf()).param("email", unknown))
                .andExpect(status().isOk()).andReturn().getResponse());

        assertThat(toKnown.replace(known, "EMAIL")).isEqualTo(toUnknown.replace(unknown, "EMAIL"));
        assertThat(Inbox.latestLink(known, "/password/reset?token=")).isNotEmpty();
        assertThat(Inbox.to(unknown)).isEmpty();
        assertThat(readers.byEmail(unknown)).as("asking creates no account").isEmpty();
    }

    @Test
    void staffGetAResetLinkToo() throws Exception {
        String email = unique("admin");
        SignedIn.as(mvc, readers, email, Role.ADMIN);

        mvc.perform(post("/password/forgot").with(csrf()).param("email", email)).andExpect(status().isOk());

        assertThat(Inbox.latestText(email)).contains("set a new password", "/password/reset?token=");
    }

    @Test
    void aResetSetsThePasswordSignsInWithANewSessionAndSignsOutEveryOtherDevice() throws Exception {
        String email = unique("reset");
        Cookie phone = SignedIn.as(mvc, readers, email, Role.EDITOR);
        Cookie planted = SignedIn.as(mvc, readers, unique("planted"), Role.READER);
        mvc.perform(post("/password/forgot").with(csrf()).param("email", email)).andExpect(status().isOk());
        String link = Inbox.latestLink(email, "/password/reset");

        String form = body(mvc.perform(get(link)).andExpect(status().isOk()).andReturn().getResponse());
        assertThat(form).contains("type=\"hidden\" name=\"token\"", "New password");
        Cookie signedIn = mvc.perform(Pages.postLink(link).cookie(planted).param("password", NEW_PASSWORD))
                .andExpect(redirectedUrl("/account?done=password")).andReturn().getResponse().getCookie(SignedIn.SESSION_COOKIE);

        assertThat(signedIn).isNotNull();
        assertThat(signedIn.getValue()).as("a new session id, so a planted one is worthless").isNotEqualTo(planted.getValue());
        assertThat(body(mvc.perform(get("/account?done=password").cookie(signedIn)).andExpect(status().isOk()).andReturn().getResponse()))
                .contains(email, "Your password is set");
        mvc.perform(get("/account").cookie(phone)).andExpect(status().is3xxRedirection());
        assertThat(readers.checkPassword(email, NEW_PASSWORD)).isPresent();
        assertThat(readers.checkPassword(email, SignedIn.PASSWORD)).isEmpty();
    }

    @Test
    void aShortPasswordIsExplainedAndTheLinkStillWorksButOnlyOnce() throws Exception {
        String email = unique("short");
        readers.register(email);
        mvc.perform(post("/password/forgot").with(csrf()).param("email", email)).andExpect(status().isOk());
        String link = Inbox.latestLink(email, "/password/reset");

        String refused = body(mvc.perform(Pages.postLink(link).param("password", "short"))
                .andExpect(status().isBadRequest()).andReturn().getResponse());
        assertThat(refused).contains("at least 12 characters", "name=\"token\"");

        mvc.perform(Pages.postLink(link).param("password", NEW_PASSWORD)).andExpect(status().is3xxRedirection());
        String again = body(mvc.perform(Pages.postLink(link).param("password", "yet another long one"))
                .andExpect(status().isBadRequest()).andReturn().getResponse());
        assertThat(again).contains("expired or was already used");
        assertThat(readers.checkPassword(email, NEW_PASSWORD)).isPresent();
    }

    @Test
    void aGuessedTokenIsRefused() throws Exception {
        String page = body(mvc.perform(post("/password/reset").with(csrf()).param("token", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
                        .param("password", NEW_PASSWORD))
                .andExpect(status().isBadRequest()).andReturn().getResponse());
        assertThat(page).contains("expired or was already used");
    }

    @Test
    void aMalformedEmailIsExplained() throws Exception {
        String page = body(mvc.perform(post("/password/forgot").with(csrf()).param("email", "harbour.example"))
                .andExpect(status().isBadRequest()).andReturn().getResponse());
        assertThat(page).contains("does not look like an email address");
    }
}
