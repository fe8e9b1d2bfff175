package org.parallax.site;

import jakarta.servlet.http.HttpServletRequest;
import org.parallax.readers.Reader;
import org.parallax.readers.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the shared layout shows around every page: who is signed in, and the CSRF token that every
 * form must carry. Templates of any module read it with {@link #current()} while they render on
 * the request's thread, so no controller has to pass it along.
 */
public record Chrome(Reader reader, CsrfToken csrf) {

    private static final Chrome OUTSIDE_A_REQUEST = new Chrome(null, null);

    public static Chrome current() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return OUTSIDE_A_REQUEST;
        }
        HttpServletRequest request = attributes.getRequest();
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Reader reader = authentication != null && authentication.getPrincipal() instanceof Reader signedIn ? signedIn : null;
        return new Chrome(reader, (CsrfToken) request.getAttribute(CsrfToken.class.getName()));
    }

    public boolean signedIn() {
        return reader != null;
    }

    public String email() {
        return reader == null ? null : reader.email();
    }

    public boolean editor() {
        return reader != null && reader.role().includes(Role.EDITOR);
    }

    public boolean admin() {
        return reader != null && reader.role().includes(Role.ADMIN);
    }

    /** The form field name of the CSRF token; asking for it creates the token's cookie when needed. */
    public String csrfName() {
        return csrf == null ? "_csrf" : csrf.getParameterName();
    }

    public String csrfToken() {
        return csrf == null ? "" : csrf.getToken();
    }
}
