package org.parallax.readers.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * The operations endpoints under {@code /actuator}, ahead of the site's own rules: health (with
 * liveness and readiness) open to anyone, its details to admins only (application.yaml); the
 * Prometheus scrape for the metrics token or a signed-in admin; every other path refused. A refusal
 * is a bare 401 (no sign-in redirect: the callers are load balancers and scrapers), or 404 for a
 * signed-in reader who is not an admin.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class OperationsSecurity {

    static final String OPERATIONS = "/actuator/**";

    @Bean
    @Order(1)
    SecurityFilterChain operationsEndpoints(HttpSecurity http, ReaderSessions sessions, MetricsSettings metrics) throws Exception {
        http.securityMatcher(OPERATIONS)
                .securityContext(context -> context.securityContextRepository(sessions))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/prometheus").access(new MetricsScrapers(metrics))
                        .anyRequest().denyAll())
                // Nothing here takes a form or changes anything: every method but GET is refused above.
                .csrf(AbstractHttpConfigurer::disable)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))
                        .accessDeniedHandler((request, response, denied) -> response.sendError(HttpServletResponse.SC_NOT_FOUND)))
                .requestCache(cache -> cache.disable())
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable);
        return http.build();
    }
}
