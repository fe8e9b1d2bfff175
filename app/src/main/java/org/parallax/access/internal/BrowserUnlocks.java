package org.parallax.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The articles this browser unlocked by giving an email, kept in its session. They are stored as
 * one string so the session table holds no serialized Java objects of ours.
 */
final class BrowserUnlocks {

    static final String ATTRIBUTE = "parallax.unlocked";
    /** Enough for any honest reader; the email form is rate-limited long before this. */
    static final int MOST = 50;

    private BrowserUnlocks() {
    }

    static Set<String> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object value = session == null ? null : session.getAttribute(ATTRIBUTE);
        if (!(value instanceof String ids) || ids.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(Arrays.asList(ids.split(" ")));
    }

    static void add(HttpServletRequest request, String articleId) {
        Set<String> ids = new LinkedHashSet<>(of(request));
        ids.add(articleId);
        while (ids.size() > MOST) {
            ids.remove(ids.iterator().next());
        }
        request.getSession(true).setAttribute(ATTRIBUTE, String.join(" ", ids));
    }

    /** Forgets them, once they belong to the signed-in reader's account. */
    static void clear(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
