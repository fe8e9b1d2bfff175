package org.parallax.search.internal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search settings.
 *
 * @param engine       which engine answers searches: the embedded Lucene index (one per node) or
 *                     an OpenSearch cluster (one for all nodes)
 * @param index        the folder of the embedded Lucene index
 * @param pollInterval how often the indexer looks for library changes no event told it about
 *                     (another process, such as an import, may write the database)
 * @param batchSize    library changes indexed and committed together
 * @param opensearch   the cluster, when {@code engine} is {@code opensearch}
 */
@ConfigurationProperties("parallax.search")
record SearchProperties(@DefaultValue("lucene") Engine engine, Path index, @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("1000") int batchSize, @DefaultValue OpenSearch opensearch) {

    /** The one the settings bind to. */
    @ConstructorBinding
    SearchProperties {
    }

    /** The embedded engine, as the tests of the indexer use it. */
    SearchProperties(Path index, Duration pollInterval, int batchSize) {
        this(Engine.LUCENE, index, pollInterval, batchSize, new OpenSearch(null, null, null, null));
    }

    enum Engine {
        LUCENE,
        OPENSEARCH
    }

    /**
     * @param url            the cluster's HTTP address
     * @param alias          the alias searches go through; rebuilds fill {@code <alias>-<timestamp>}
     * @param connectTimeout how long to wait for a connection
     * @param socketTimeout  how long to wait for an answer before search counts as unavailable
     */
    record OpenSearch(URI url, @DefaultValue("parallax-articles") String alias, @DefaultValue("2s") Duration connectTimeout,
            @DefaultValue("5s") Duration socketTimeout) {
    }
}
