package org.parallax.readers.internal.web;

import java.util.List;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie: HttpOnly, SameSite=Lax, Secure whenever the request came over HTTPS. It lasts
 * as long as the browser unless the reader ticked "remember me" when signing in; then it carries a
 * Max-Age, written when sign-in gives the session its new id.
 */
class SessionCookies implements CookieSerializer {

    static final String NAME = "parallax_session";
    /** A request attribute holding the remembered lifetime in seconds, set by sign-in. */
    static final String REMEMBER_SECONDS = SessionCookies.class.getName() + ".remember";

    private final DefaultCookieSerializer cookies = new DefaultCookieSerializer();

    SessionCookies() {
        cookies.setCookieName(NAME);
        cookies.setSameSite("Lax");
        cookies.setUseHttpOnlyCookie(true);
    }

    @Override
    public void writeCookieValue(CookieValue value) {
        if (!value.getCookieValue().isEmpty()
                && value.getRequest().getAttribute(REMEMBER_SECONDS) instanceof Integer seconds) {
            value.setCookieMaxAge(seconds);
        }
        cookies.writeCookieValue(value);
    }

    @Override
    public List<String> readCookieValues(jakarta.servlet.http.HttpServletRequest request) {
        return cookies.readCookieValues(request);
    }
}
