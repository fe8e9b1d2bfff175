package org.parallax.ingest.internal.fetch;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How Parallax fetches feeds and pages from the web.
 *
 * @param contactUrl     where a site's admin can read who we are; part of the User-Agent
 * @param connectTimeout how long to wait for a connection to open
 * @param readTimeout    how long one whole response may take, headers and body: a server that
 *                       trickles bytes is cut off here, not only when it stalls
 * @param maxBodySize    the largest body accepted, counted after gzip or deflate decoding
 * @param maxRedirects   redirects followed before giving up
 * @param hostDelay      the least time between two requests to the same host
 * @param robotsMaxAge   how long a host's robots.txt is trusted before it is fetched again
 * @param allowedHosts   hosts fetched even though they resolve to private or local addresses
 *                       (an intranet feed, a test server); as written in the URL
 */
@ConfigurationProperties("parallax.fetch")
record FetchProperties(
        @DefaultValue("https://parallax.example/bot") String contactUrl,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue("5MB") DataSize maxBodySize,
        @DefaultValue("5") int maxRedirects,
        @DefaultValue("1s") Duration hostDelay,
        @DefaultValue("1h") Duration robotsMaxAge,
        @DefaultValue List<String> allowedHosts) {

    /** The name robots.txt groups are matched against. */
    static final String ROBOTS_NAME = "Parallax";

    FetchProperties {
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
        if (maxBodySize.toBytes() < 1 || maxBodySize.toBytes() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("parallax.fetch.max-body-size must be between 1 byte and 2 GB");
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("parallax.fetch.max-redirects cannot be negative");
        }
    }

    String userAgent() {
        return ROBOTS_NAME + "/0.1 (+" + contactUrl + ")";
    }
}
