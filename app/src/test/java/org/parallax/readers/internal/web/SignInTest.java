package org.parallax.readers.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parallax.Inbox;
import org.parallax.SignedIn;
import org.parallax.WebTest;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

class SignInTest extends WebTest {

    @Autowired
    Readers readers;

    @Test
    void aReaderSignsInWithTheEmailedLinkAndLandsWhereTheyWere() throws Exception {
        String email = unique("lena");
        mvc.perform(post("/sign-in/link").with(csrf()).param("email", email).param("continue", "/articles/some-story"))
                .andExpect(status().isOk());
        String link = Inbox.latestLink(email, "/sign-in/confirm");
        assertThat(Inbox.latestText(email)).contains("confirm your email");

        // Opening the link (as a mail scanner would) shows a button and uses nothing up.
        assertThat(body(mvc.perform(get(link)).andExpect(status().isOk()).andReturn().getResponse())).contains("Sign in to Parallax");
        MockHttpServletResponse signedIn = confirm(link).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/articles/some-story")).andReturn().getResponse();

        Cookie session = signedIn.getCookie(SignedIn.SESSION_COOKIE);
        assertThat(session).isNotNull();
        assertThat(body(mvc.perform(get("/").cookie(session)).andReturn().getResponse())).contains(email, "Sign out");
        assertThat(readers.byEmail(email).orElseThrow().confirmed()).isTrue();
    }

    @Test
    void aLinkWorksOnce() throws Exception {
        String email = unique("once");
        mvc.perform(post("/sign-in/link").with(csrf()).param("email", email)).andExpect(status().isOk());
        String link = Inbox.latestLink(email, "/sign-in/confirm");
        confirm(link).andExpect(status().is3xxRedirection());

        String again = body(confirm(link).andExpect(status().isBadRequest()).andReturn().getResponse());
        assertThat(again).contains("expired or was already used");
    }

    @Test
    void knownAndUnknownEmailsGetTheSameAnswer() throws Exception {
        String known = unique("known");
        readers.register(known);
        String unknown = unique("unknown");

        String toKnown = body(mvc.perform(post("/sign-in/link").with(csrf()).param("email", known)).andReturn().getResponse());
        String toUnknown = body(mvc.perform(post("/sign-in/link").with(csrf()).param("email", unknown)).andReturn().getResponse());

        assertThat(toKnown.replace(known, "EMAIL")).isEqualTo(toUnknown.replace(unknown, "EMAIL"));
    }

    @Test
    void aMalformedEmailIsExplainedAndNothingIsSent() throws Exception {
        String page = body(mvc.perform(post("/sign-in/link").with(csrf()).param("email", "not an email"))
                .andExpect(status().isBadRequest()).andReturn().getResponse());
        assertThat(page).contains("does not look like an email address");
    }

    @Test
    void staffAreToldToUseTheirPasswordAndGetNoLink() throws Exception {
        String email = unique("editor");
        SignedIn.as(mvc, readers, email, Role.EDITOR);

        mvc.perform(post("/sign-in/link").with(csrf()).param("email", email)).andExpect(status().isOk());

        assertThat(Inbox.latestText(email)).contains("sign in with", "password").doesNotContain("token=");
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameRefusal() throws Exception {
        String email = unique("pw");
        readers.register(email, SignedIn.PASSWORD);

        String wrong = body(mvc.perform(post("/sign-in/password").with(csrf()).param("email", email).param("password", "not-the-password"))
                .andExpect(status().isUnauthorized()).andReturn().getResponse());
        String unknown = body(mvc.perform(post("/sign-in/password").with(csrf()).param("email", unique("nobody"))
                        .param("password", "not-the-password"))
                .andExpect(status().isUnauthorized()).andReturn().getResponse());

        assertThat(wrong).contains("The email or the password is not right.");
        assertThat(unknown).contains("The email or the password is not right.");
    }

    @Test
    void signingInGivesANewSessionIdSoAPlantedOneIsWorthless() throws Exception {
        Cookie planted = SignedIn.as(mvc, readers, unique("first"), Role.READER);
        String email = unique("second");
        readers.register(email, SignedIn.PASSWORD);

        Cookie after = mvc.perform(post("/sign-in/password").cookie(planted).with(csrf()).param("email", email)
                        .param("password", SignedIn.PASSWORD))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie(SignedIn.SESSION_COOKIE);

        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(planted.getValue());
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        String email = unique("leaving");
        Cookie session = SignedIn.as(mvc, readers, email, Role.READER);

        mvc.perform(post("/sign-out").cookie(session).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(body(mvc.perform(get("/").cookie(session)).andReturn().getResponse())).doesNotContain(email).contains("Sign in");
    }

    @Test
    void anOffSiteContinueIsReplacedByTheFrontPage() throws Exception {
        String email = unique("wander");
        readers.register(email, SignedIn.PASSWORD);
        for (String elsewhere : new String[] {"https://evil.example/", "//evil.example/", "/\\evil.example"}) {
            mvc.perform(post("/sign-in/password").with(csrf()).param("email", email).param("password", SignedIn.PASSWORD)
                            .param("continue", elsewhere))
                    .andExpect(redirectedUrl("/"));
        }
    }

    @Test
    void rememberMeMakesTheCookieOutliveTheBrowserAndHttpsMakesItSecure() throws Exception {
        String email = unique("remember");
        readers.register(email, SignedIn.PASSWORD);

        Cookie remembered = mvc.perform(post("/sign-in/password").secure(true).with(csrf()).param("email", email)
                        .param("password", SignedIn.PASSWORD).param("remember", "true"))
                .andReturn().getResponse().getCookie(SignedIn.SESSION_COOKIE);
        Cookie forNow = mvc.perform(post("/sign-in/password").with(csrf()).param("email", email)
                        .param("password", SignedIn.PASSWORD))
                .andReturn().getResponse().getCookie(SignedIn.SESSION_COOKIE);

        assertThat(remembered.getMaxAge()).isEqualTo(30 * 24 * 3600);
        assertThat(remembered.getSecure()).isTrue();
        assertThat(remembered.isHttpOnly()).isTrue();
        assertThat(forNow.getMaxAge()).isEqualTo(-1);
        assertThat(forNow.getSecure()).isFalse();
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        String email = unique("forged");
        readers.register(email, SignedIn.PASSWORD);

        mvc.perform(post("/sign-in/password").param("email", email).param("password", SignedIn.PASSWORD))
                .andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.ResultActions confirm(String link) throws Exception {
        String query = link.substring(link.indexOf('?') + 1);
        var request = post("/sign-in/confirm").with(csrf());
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            request.param(parts[0], java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return mvc.perform(request);
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@readers.example";
    }
}
