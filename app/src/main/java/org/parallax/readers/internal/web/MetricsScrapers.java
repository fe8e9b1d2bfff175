package org.parallax.readers.internal.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** Lets the metrics through to a request bearing the configured token, or to a signed-in admin. */
final class MetricsScrapers implements AuthorizationManager<RequestAuthorizationContext> {

    private static final String BEARER = "Bearer ";

    private final MetricsSettings settings;

    MetricsScrapers(MetricsSettings settings) {
        this.settings = settings;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        return new AuthorizationDecision(bearsTheToken(context.getRequest().getHeader(HttpHeaders.AUTHORIZATION))
                || isAdmin(authentication.get()));
    }

    private boolean bearsTheToken(String authorization) {
        if (!settings.hasToken() || authorization == null || !authorization.startsWith(BEARER)) {
            return false;
        }
        // Compared in constant time, so the answer's timing tells nothing about how much of a guess was right.
        return MessageDigest.isEqual(authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8),
                settings.token().strip().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isAdmin(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && authentication.getAuthorities().stream().anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
    }
}
