package org.parallax.readers.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.readers.internal.web.Pages.body;
import static org.parallax.readers.internal.web.Pages.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.parallax.SignedIn;
import org.parallax.WebTest;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every form that takes an email answers the same (status, page, redirect) for an address with an
 * account, one without, and a staff account: nobody can learn from the answer who reads here.
 */
class NoEnumerationTest extends WebTest {

    @Autowired
    Readers readers;

    @Test
    void theSignInLinkFormAnswersTheSameForReadersStaffAndStrangers() throws Exception {
        String reader = registered("reader");
        String staff = unique("staff");
        SignedIn.as(mvc, readers, staff, Role.ADMIN);
        String stranger = unique("stranger");

        assertSame(answer(post("/sign-in/link").param("email", reader)), reader,
                answer(post("/sign-in/link").param("email", staff)), staff);
        assertSame(answer(post("/sign-in/link").param("email", reader)), reader,
                answer(post("/sign-in/link").param("email", stranger)), stranger);
    }

    @Test
    void thePasswordFormAnswersTheSameForAWrongPasswordAnAccountWithoutOneAndAStranger() throws Exception {
        String withPassword = unique("haspassword");
        readers.register(withPassword, SignedIn.PASSWORD);
        String withoutPassword = registered("nopassword");
        String stranger = unique("stranger");

        MockHttpServletResponse wrong = answer(post("/sign-in/password").param("email", withPassword).param("password", "not it at all"));
        assertSame(wrong, withPassword, answer(post("/sign-in/password").param("email", withoutPassword)
                .param("password", "not it at all")), withoutPassword);
        assertSame(wrong, withPassword, answer(post("/sign-in/password").param("email", stranger)
                .param("password", "not it at all")), stranger);
    }

    @Test
    void theForgotPasswordFormAnswersTheSame() throws Exception {
        String reader = registered("forgot");
        String stranger = unique("stranger");

        assertSame(answer(post("/password/forgot").param("email", reader)), reader,
                answer(post("/password/forgot").param("email", stranger)), stranger);
    }

    @Test
    void theEmailChangeFormAnswersTheSameForATakenAndAFreeAddress() throws Exception {
        Cookie session = SignedIn.as(mvc, readers, unique("mover"), Role.READER);
        String taken = registered("taken");
        String free = unique("free");

        MockHttpServletResponse toTaken = answer(post("/account/email").cookie(session).param("email", taken));
        MockHttpServletResponse toFree = answer(post("/account/email").cookie(session).param("email", free));

        assertSame(toTaken, taken, toFree, free);
        assertThat(toTaken.getRedirectedUrl()).isEqualTo(toFree.getRedirectedUrl());
    }

    private String registered(String name) {
        return readers.register(unique(name)).email();
    }

    private MockHttpServletResponse answer(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf())).andReturn().getResponse();
    }

    private static void assertSame(MockHttpServletResponse one, String oneEmail, MockHttpServletResponse other, String otherEmail)
            throws Exception {
        assertThat(one.getStatus()).isEqualTo(other.getStatus());
        assertThat(one.getRedirectedUrl()).isEqualTo(other.getRedirectedUrl());
        assertThat(withoutToken(body(one).replace(oneEmail, "EMAIL")))
                .isEqualTo(withoutToken(body(other).replace(otherEmail, "EMAIL")));
    }

    /** The CSRF token in the page differs per response by design (it is masked afresh each time). */
    private static String withoutToken(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
    }
}
