package org.parallax.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Set;
import org.parallax.access.Visitor;
import org.parallax.readers.Reader;
import org.parallax.readers.Role;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controllers the {@link Visitor} of the current request, worked out once per request from
 * the signed-in reader (the readers module puts a {@link Reader} in the security context), their
 * subscriptions and this browser's email unlocks. When a browser that unlocked articles by email
 * signs in, those articles become the reader's own (uncounted), so they stay readable on any device.
 */
@Component
class VisitorResolver implements HandlerMethodArgumentResolver {

    private static final String CACHED = VisitorResolver.class.getName();

    private final Subscriptions subscriptions;
    private final ReaderMeter meter;
    private final Clock clock;

    VisitorResolver(Subscriptions subscriptions, ReaderMeter meter, Clock clock) {
        this.subscriptions = subscriptions;
        this.meter = meter;
        this.clock = clock;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Visitor.class;
    }

    @Override
    public Visitor resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        return visitor(webRequest.getNativeRequest(HttpServletRequest.class));
    }

    Visitor visitor(HttpServletRequest request) {
        if (request.getAttribute(CACHED) instanceof Visitor cached) {
            return cached;
        }
        Visitor visitor = resolve(request);
        request.setAttribute(CACHED, visitor);
        return visitor;
    }

    /** Forgets the request's visitor, after something that changes it (an unlock, a sign-in). */
    static void forget(HttpServletRequest request) {
        request.removeAttribute(CACHED);
    }

    private Visitor resolve(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Reader reader)) {
            return new Visitor(Visitor.Standing.ANONYMOUS, 0, false, BrowserUnlocks.of(request));
        }
        Visitor.Standing standing = reader.role().includes(Role.EDITOR) ? Visitor.Standing.STAFF
                : reader.confirmed() ? Visitor.Standing.REGISTERED : Visitor.Standing.UNCONFIRMED;
        boolean allAccess = standing != Visitor.Standing.STAFF && subscriptions.allAccess(reader.id(), clock.instant());
        Set<String> unlockedHere = BrowserUnlocks.of(request);
        if (!unlockedHere.isEmpty()) {
            if (standing != Visitor.Standing.STAFF) {
                meter.carryOver(reader.id(), unlockedHere);
            }
            BrowserUnlocks.clear(request);
        }
        return new Visitor(standing, reader.id(), allAccess, Set.of());
    }
}
