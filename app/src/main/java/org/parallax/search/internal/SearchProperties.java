package org.parallax.search.internal;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search settings.
 *
 * @param index        the folder of the embedded Lucene index
 * @param pollInterval how often the indexer looks for library changes no event told it about
 *                     (another process, such as an import, may write the database)
 * @param batchSize    library changes indexed and committed together
 */
@ConfigurationProperties("parallax.search")
record SearchProperties(Path index, @DefaultValue("2s") Duration pollInterval, @DefaultValue("1000") int batchSize) {
}
