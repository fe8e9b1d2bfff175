package org.parallax.readers.internal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.session.web.http.CookieSerializer;

/**
 * Who may open what, and the protections every page gets. Pages are open to all (each asks the
 * access module what the visitor may read); the admin pages need an admin, the newsroom an editor,
 * account pages a signed-in reader. Every form carries a CSRF token, checked against a cookie, so
 * anonymous visitors need no session for it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebSecurity {

    /** Stripe signs its webhooks; a CSRF token cannot come with them. */
    static final String STRIPE_WEBHOOK = "/billing/stripe/webhook";

    /**
     * One-click unsubscribe (RFC 8058): mail clients post to the link in a review's List-Unsubscribe
     * header without a session or a token of ours; the signed per-recipient token in the path is the secret.
     */
    static final String ONE_CLICK_UNSUBSCRIBE = "/reviews/unsubscribe/*";

    /**
     * An editor whose session ended mid-edit must not lose the text to the sign-in redirect: their
     * post is handed, as it is, to the newsroom's page that shows it back in a form to send again.
     */
    static final String NEWSROOM_FORMS = "/newsroom/articles";
    static final String NEWSROOM_TEXT_KEPT = "/session-ended/newsroom";

    @Bean
    SecurityFilterChain parallaxSecurity(HttpSecurity http, ReaderSessions sessions) throws Exception {
        CookieCsrfTokenRepository csrfCookies = new CookieCsrfTokenRepository();
        csrfCookies.setCookieName("parallax_csrf");
        csrfCookies.setCookieCustomizer(cookie -> cookie.sameSite("Lax").httpOnly(true));
        http.securityContext(context -> context.securityContextRepository(sessions))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
                        .requestMatchers("/newsroom", "/newsroom/**").hasRole("EDITOR")
                        // The new address's owner confirms an email change, possibly on another device.
                        .requestMatchers(AccountMail.EMAIL_CONFIRM_PATH).permitAll()
                        .requestMatchers("/account", "/account/**").authenticated()
                        .anyRequest().permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookies).ignoringRequestMatchers(STRIPE_WEBHOOK, ONE_CLICK_UNSUBSCRIBE))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint((request, response, refused) -> {
                    if ("POST".equals(request.getMethod()) && request.getRequestURI().startsWith(NEWSROOM_FORMS)) {
                        request.getRequestDispatcher(NEWSROOM_TEXT_KEPT).forward(request, response);
                        return;
                    }
                    response.sendRedirect(SignInController.PATH + "?continue="
                            + URLEncoder.encode(LocalPaths.of(request), StandardCharsets.UTF_8));
                }))
                // The sign-in pages carry the way back in "continue"; nothing is kept in a session for it.
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/?signed-out"))
                .sessionManagement(management -> management.sessionFixation(fixation -> fixation.changeSessionId()))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable);
        return http.build();
    }

    @Bean
    CookieSerializer sessionCookies() {
        return new SessionCookies();
    }
}
