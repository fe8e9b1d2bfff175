package org.parallax.readers.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.readers.internal.web.Pages.body;
import static org.parallax.readers.internal.web.Pages.from;
import static org.parallax.readers.internal.web.Pages.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parallax.SignedIn;
import org.parallax.readers.Purpose;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Rate limits per address and per client IP on password sign-in, emailed links (sign-in, resend,
 * reset), email changes and one-time links tried. Over a limit: 429, the same page whether the
 * account exists or not, and nothing sent or changed.
 */
class ReaderLimitsTest extends OwnReadersContext {

    private static final AtomicInteger CLIENTS = new AtomicInteger(10);

    @Autowired
    Readers readers;

    @Test
    void passwordSignInIsLimitedPerAddressEvenWithTheRightPasswordAndFromOtherAddresses() throws Exception {
        String known = unique("guessed");
        readers.register(known, SignedIn.PASSWORD);
        String unknown = unique("nobody");
        for (int i = 0; i < ATTEMPTS; i++) {
            signIn(known, "wrong password " + i, client()).andExpect(status().isUnauthorized());
            signIn(unknown, "wrong password " + i, client()).andExpect(status().isUnauthorized());
        }

        MockHttpServletResponse refused = signIn(known, SignedIn.PASSWORD, client()).andExpect(status().isTooManyRequests())
                .andReturn().getResponse();
        MockHttpServletResponse refusedUnknown = signIn(unknown, SignedIn.PASSWORD, client())
                .andExpect(status().isTooManyRequests()).andReturn().getResponse();

        assertThat(refused.getCookie(SignedIn.SESSION_COOKIE)).as("not signed in").isNull();
        assertThat(body(refused)).contains("Too many attempts", "nothing was", "sent or changed");
        assertThat(sameWait(body(refused))).isEqualTo(sameWait(body(refusedUnknown)));
    }

    @Test
    void passwordSignInIsLimitedPerClientAcrossAddresses() throws Exception {
        String ip = client();
        for (int i = 0; i < ATTEMPTS; i++) {
            signIn(unique("sprayed"), "wrong password", ip).andExpect(status().isUnauthorized());
        }
        String real = unique("real");
        readers.register(real, SignedIn.PASSWORD);

        signIn(real, SignedIn.PASSWORD, ip).andExpect(status().isTooManyRequests());
        signIn(real, SignedIn.PASSWORD, client()).andExpect(status().is3xxRedirection());
    }

    @Test
    void signInLinksAreLimitedPerAddressAndNothingMoreIsSent() throws Exception {
        String known = unique("flooded");
        readers.register(known);
        String fresh = unique("fresh");
        for (int i = 0; i < ATTEMPTS; i++) {
            link(known, client()).andExpect(status().isOk());
            link(fresh, client()).andExpect(status().isOk());
        }

        String refusedKnown = body(link(known, client()).andExpect(status().isTooManyRequests()).andReturn().getResponse());
        String refusedFresh = body(link(fresh, client()).andExpect(status().isTooManyRequests()).andReturn().getResponse());

        assertThat(sameWait(refusedKnown)).isEqualTo(sameWait(refusedFresh));
        assertThat(mailsTo(known)).isEqualTo(ATTEMPTS);
        assertThat(mailsTo(fresh)).isEqualTo(ATTEMPTS);
    }

    @Test
    void linksArePerClientTooAndAnAddressOverTheLimitGetsNoAccount() throws Exception {
        String ip = client();
        for (int i = 0; i < ATTEMPTS; i++) {
            link(unique("sprayed"), ip).andExpect(status().isOk());
        }
        String last = unique("last");

        link(last, ip).andExpect(status().isTooManyRequests());

        assertThat(mailsTo(last)).isZero();
        assertThat(readers.byEmail(last)).isEmpty();
    }

    @Test
    void passwordResetAndResendShareTheLinkLimitsAndTheAnswerDoesNotTellWhoHasAnAccount() throws Exception {
        String known = unique("reset");
        readers.register(known);
        String unknown = unique("noreset");
        for (int i = 0; i < ATTEMPTS; i++) {
            forgot(known, client()).andExpect(status().isOk());
            forgot(unknown, client()).andExpect(status().isOk());
        }

        String refusedKnown = body(forgot(known, client()).andExpect(status().isTooManyRequests()).andReturn().getResponse());
        String refusedUnknown = body(forgot(unknown, client()).andExpect(status().isTooManyRequests()).andReturn().getResponse());

        assertThat(sameWait(refusedKnown)).isEqualTo(sameWait(refusedUnknown));
        assertThat(mailsTo(known)).isEqualTo(ATTEMPTS);
        assertThat(mailsTo(unknown)).isZero();
    }

    @Test
    void resendingTheConfirmationCountsAsALinkRequest() throws Exception {
        String email = unique("resend");
        Cookie session = signedIn(email);
        for (int i = 0; i < ATTEMPTS; i++) {
            mvc.perform(from(post("/account/confirm").cookie(session).with(csrf()), client())).andExpect(status().is3xxRedirection());
        }
        mvc.perform(from(post("/account/confirm").cookie(session).with(csrf()), client())).andExpect(status().isTooManyRequests());
        assertThat(mailsTo(email)).isEqualTo(ATTEMPTS);
    }

    @Test
    void emailChangesAreLimitedPerAccount() throws Exception {
        String email = unique("restless");
        Cookie session = signedIn(email);
        for (int i = 0; i < ATTEMPTS; i++) {
            mvc.perform(from(post("/account/email").cookie(session).with(csrf()).param("email", unique("next")), client()))
                    .andExpect(status().is3xxRedirection());
        }
        String last = unique("toomany");

        mvc.perform(from(post("/account/email").cookie(session).with(csrf()).param("email", last), client()))
                .andExpect(status().isTooManyRequests());

        assertThat(mailsTo(last)).isZero();
        assertThat(readers.byEmail(email)).isPresent();
    }

    @Test
    void guessedLinksAreRefusedAndAGuesserIsStoppedEvenWithARealLink() throws Exception {
        String ip = client();
        Reader reader = readers.register(unique("target"));
        String real = readers.issueLink(reader.id(), Purpose.SIGN_IN);
        for (int i = 0; i < ATTEMPTS; i++) {
            String guess = "guess" + i + real.substring(6);
            assertThat(body(mvc.perform(from(post("/sign-in/confirm").with(csrf()).param("token", guess), ip))
                    .andExpect(status().isBadRequest()).andReturn().getResponse())).contains("expired or was already used");
        }

        mvc.perform(from(post("/sign-in/confirm").with(csrf()).param("token", real), ip)).andExpect(status().isTooManyRequests());
        mvc.perform(from(post("/password/reset").with(csrf()).param("token", real).param("password", "long enough password"), ip))
                .andExpect(status().isTooManyRequests());
        mvc.perform(from(post("/account/email/confirm").with(csrf()).param("token", real), ip)).andExpect(status().isTooManyRequests());

        // The refusals used nothing up: the real link still works, from elsewhere.
        mvc.perform(from(post("/sign-in/confirm").with(csrf()).param("token", real), client())).andExpect(status().is3xxRedirection());
    }

    @Test
    void theRefusalIsAPageNotAnErrorAndSaysToWait() throws Exception {
        String email = unique("patient");
        for (int i = 0; i < ATTEMPTS; i++) {
            link(email, client());
        }
        MockHttpServletResponse refused = link(email, client()).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).startsWith("text/html");
        // Links are counted per hour: the wait is what is left of the current hour.
        assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isBetween(1, 3600);
        assertThat(body(refused)).containsPattern("Please wait \\d+ minutes? and try again");
        mvc.perform(get("/sign-in")).andExpect(status().isOk());
    }

    private Cookie signedIn(String email) throws Exception {
        readers.register(email, SignedIn.PASSWORD);
        return signIn(email, SignedIn.PASSWORD, client()).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getCookie(SignedIn.SESSION_COOKIE);
    }

    private org.springframework.test.web.servlet.ResultActions signIn(String email, String password, String ip) throws Exception {
        return mvc.perform(from(post("/sign-in/password").with(csrf()).param("email", email).param("password", password), ip));
    }

    private org.springframework.test.web.servlet.ResultActions link(String email, String ip) throws Exception {
        return mvc.perform(from(post("/sign-in/link").with(csrf()).param("email", email), ip));
    }

    private org.springframework.test.web.servlet.ResultActions forgot(String email, String ip) throws Exception {
        return mvc.perform(from(post("/password/forgot").with(csrf()).param("email", email), ip));
    }

    /** The page with its wait left out: two requests may fall either side of a minute. */
    private static String sameWait(String page) {
        return page.replaceAll("wait \\d+ minutes?", "wait N minutes");
    }

    /** A client address no other test uses. */
    private static String client() {
        int n = CLIENTS.incrementAndGet();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }
}
