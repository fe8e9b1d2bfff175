package org.parallax.readers.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.SignedIn;
import org.parallax.WebTest;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The headers every page carries, and how the session cookie is set. (The CSRF cookie is checked
 * over real HTTP in {@code org.parallax.SessionRestartTest}: spring-security-test's csrf() swaps
 * the token store of the shared context, so MockMvc cannot see that cookie reliably.)
 */
class SecurityHeadersAndCookiesTest extends WebTest {

    @Autowired
    Readers readers;

    @Test
    void pagesForbidFramingSniffingAndLeakyReferrersAndSayHstsOnlyOverHttps() throws Exception {
        Cookie session = SignedIn.as(mvc, readers, Pages.unique("headers"), Role.READER);
        for (String path : List.of("/", "/sign-in", "/password/forgot", "/account")) {
            MockHttpServletResponse plain = mvc.perform(get(path).cookie(session)).andReturn().getResponse();
            MockHttpServletResponse secure = mvc.perform(get(path).cookie(session).secure(true)).andReturn().getResponse();
            for (MockHttpServletResponse response : List.of(plain, secure)) {
                assertThat(response.getHeader("Content-Security-Policy")).as(path)
                        .contains("frame-ancestors 'none'", "default-src 'self'", "script-src 'self'");
                assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
                assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
                assertThat(response.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
            }
            assertThat(plain.getHeader("Strict-Transport-Security")).as(path).isNull();
            assertThat(secure.getHeader("Strict-Transport-Security")).as(path).contains("max-age=");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyLaxAndSecureOverHttps() throws Exception {
        String email = Pages.unique("cookie");
        readers.register(email, SignedIn.PASSWORD);

        String secure = sessionCookie(mvc.perform(post("/sign-in/password").secure(true).with(csrf()).param("email", email)
                .param("password", SignedIn.PASSWORD)).andReturn().getResponse());
        String plain = sessionCookie(mvc.perform(post("/sign-in/password").with(csrf()).param("email", email)
                .param("password", SignedIn.PASSWORD)).andReturn().getResponse());

        assertThat(secure).contains("HttpOnly", "SameSite=Lax", "Secure");
        assertThat(plain).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }

    private static String sessionCookie(MockHttpServletResponse response) {
        return cookie(response, SignedIn.SESSION_COOKIE);
    }

    private static String cookie(MockHttpServletResponse response, String name) {
        return response.getHeaders("Set-Cookie").stream().filter(header -> header.startsWith(name + "="))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.getHeaders("Set-Cookie")));
    }
}
