package org.parallax.readers.internal.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may scrape the metrics at {@code /actuator/prometheus}.
 *
 * @param token the bearer token a Prometheus server sends ({@code Authorization: Bearer ...});
 *              empty: signed-in admins only
 */
@ConfigurationProperties("parallax.metrics")
record MetricsSettings(String token) {

    boolean hasToken() {
        return token != null && !token.isBlank();
    }
}
