package org.parallax;

import java.nio.file.Path;
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
 */
@ConfigurationProperties("parallax.database")
record DatabaseSettings(@DefaultValue("./data/parallax.db") Path sqlite, String url, String username, String password) {

    boolean embedded() {
        return url == null || url.isBlank();
    }
}
