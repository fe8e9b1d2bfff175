package org.parallax.readers.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.parallax.readers.Reader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Signs a browser in as a reader: a new session id (so an id planted before sign-in is worthless),
 * the reader's id in the session, and the session's lifetime: the usual one, or "remember me".
 */
@Component
class SessionSignIn {

    private final ReaderSessions sessions;
    private final Duration rememberFor;

    SessionSignIn(ReaderSessions sessions, @Value("${parallax.readers.remember-for:30d}") Duration rememberFor) {
        this.sessions = sessions;
        this.rememberFor = rememberFor;
    }

    /**
     * Signs the same reader in again with a new session id (after a new password), keeping "remember
     * me" when this session had it.
     */
    void renew(Reader reader, HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        boolean remembered = session != null && session.getMaxInactiveInterval() >= rememberFor.toSeconds();
        signIn(reader, remembered, request, response);
    }

    void signIn(Reader reader, boolean remember, HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        if (remember) {
            int seconds = (int) rememberFor.toSeconds();
            session.setMaxInactiveInterval(seconds);
            request.setAttribute(SessionCookies.REMEMBER_SECONDS, seconds);
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(ReaderSessions.authentication(reader));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }
}
