package org.parallax.search.opensearch;

import java.net.URI;
import java.time.Duration;

/**
 * Where the OpenSearch cluster is and how long to wait for it.
 *
 * @param url            the cluster's HTTP address, e.g. {@code http://opensearch:9200}
 * @param alias          the name searches and writes go through; each rebuild fills a new index
 *                       named after it ({@code <alias>-<timestamp>}) and then moves the alias
 * @param connectTimeout how long to wait for a connection
 * @param socketTimeout  how long to wait for an answer; past it the call fails with
 *                       {@link org.parallax.search.SearchUnavailable}
 */
public record OpenSearchSettings(URI url, String alias, Duration connectTimeout, Duration socketTimeout) {

    public static final String DEFAULT_ALIAS = "parallax-articles";

    public OpenSearchSettings {
        if (url == null) {
            throw new IllegalArgumentException("The OpenSearch URL is not set (parallax.search.opensearch.url, PARALLAX_OPENSEARCH_URL)");
        }
        alias = alias == null || alias.isBlank() ? DEFAULT_ALIAS : alias.strip();
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        socketTimeout = socketTimeout == null ? Duration.ofSeconds(5) : socketTimeout;
    }

    /** The default timeouts: 2 s to connect, 5 s to answer. */
    public static OpenSearchSettings of(URI url, String alias) {
        return new OpenSearchSettings(url, alias, null, null);
    }
}
