package org.parallax.readers.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.List;
import org.parallax.readers.Reader;
import org.parallax.readers.Readers;
import org.parallax.readers.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps the signed-in reader's id in the session (stored in the database, so it survives a
 * restart and every app node sees it) and loads the account afresh on each request that asks: a
 * deleted account or a changed role takes effect at once. The principal is the {@link Reader}.
 */
@Component
class ReaderSessions implements SecurityContextRepository {

    static final String READER_ID = "parallax.reader";

    private final Readers readers;

    ReaderSessions(Readers readers) {
        this.readers = readers;
    }

    static Authentication authentication(Reader reader) {
        List<SimpleGrantedAuthority> authorities = Arrays.stream(Role.values())
                .filter(reader.role()::includes)
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(reader, null, authorities);
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        return new DeferredSecurityContext() {
            private SecurityContext loaded;

            @Override
            public SecurityContext get() {
                if (loaded == null) {
                    loaded = load(request);
                }
                return loaded;
            }

            @Override
            public boolean isGenerated() {
                return get().getAuthentication() == null;
            }
        };
    }

    @Override
    @Deprecated
    @SuppressWarnings("removal")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return load(holder.getRequest());
    }

    private SecurityContext load(HttpServletRequest request) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(READER_ID) instanceof Long id) {
            readers.reader(id).ifPresent(reader -> context.setAuthentication(authentication(reader)));
        }
        return context;
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = context.getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Reader reader) {
            HttpSession session = request.getSession(true);
            session.setAttribute(READER_ID, reader.id());
            // Lets the session store find every session of an account (to end them on deletion).
            session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, Long.toString(reader.id()));
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(READER_ID);
            session.removeAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME);
        }
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(READER_ID) != null;
    }
}
