package org.parallax;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the library lives.
 *
 * @param sqlite   the SQLite database file of the embedded default
 * @param url      a PostgreSQL URL ({@code jdbc:postgresql://...} or {@code postgresql://...});
 *                 empty for the embedded SQLite database under {@code data}
 * @param username database user, when not given in the URL
 * @param password database password, when not given in the URL
 * @param connectionTimeout PostgreSQL only: how long a request waits for a connection (and a new
 *                 connection for the server) before it fails; while the database is down or
 *                 failing over, requests get a 503 page after this long instead of hanging
 */
@ConfigurationProperties("parallax.database")
record DatabaseSettings(@DefaultValue("./data/parallax.db") Path sqlite, String url, String username, String password,
        @DefaultValue("5s") Duration connectionTimeout) {

    boolean embedded() {
        return url == null || url.isBlank();
    }
}
