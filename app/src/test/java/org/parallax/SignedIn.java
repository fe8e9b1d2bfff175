package org.parallax;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.springframework.test.web.servlet.MockMvc;

/** Signs a browser in through the real password form and hands back its session cookie. */
public final class SignedIn {

    public static final String SESSION_COOKIE = "parallax_session";
    public static final String PASSWORD = "correct-horse-lake-7";

    private SignedIn() {
    }

    /** The account with this email and role (created when new, with {@link #PASSWORD}), signed in. */
    public static Cookie as(MockMvc mvc, Readers readers, String email, Role role) throws Exception {
        Reader reader = readers.byEmail(email).orElseGet(() -> readers.register(email, PASSWORD));
        readers.setPassword(reader.id(), PASSWORD);
        readers.grant(reader.id(), role);
        Cookie session = mvc.perform(post("/sign-in/password").with(csrf()).param("email", email).param("password", PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getCookie(SESSION_COOKIE);
        if (session == null) {
            throw new AssertionError("signing in as " + email + " set no session cookie");
        }
        return session;
    }
}
