package org.parallax;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one DataSource: SQLite in WAL mode under the data folder by default, PostgreSQL when
 * {@code PARALLAX_DATABASE_URL} is set.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DataSource dataSource(DatabaseSettings settings) {
        HikariConfig config = settings.embedded() ? sqlite(settings.sqlite()) : postgresql(settings);
        config.setPoolName("parallax");
        return new HikariDataSource(config);
    }

    /** The embedded database, as the application opens it; tests use it too. */
    static HikariDataSource sqliteDataSource(Path file) {
        return new HikariDataSource(sqlite(file));
    }

    private static HikariConfig sqlite(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + absolute.getParent(), e);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:sqlite:" + absolute);
        config.addDataSourceProperty("journal_mode", "WAL");
        config.addDataSourceProperty("synchronous", "NORMAL");
        config.addDataSourceProperty("foreign_keys", "true");
        config.addDataSourceProperty("busy_timeout", "30000");
        // Writers take the lock when the transaction begins, so two writers queue instead of failing.
        config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        config.addDataSourceProperty("cache_size", "-65536");
        config.setMaximumPoolSize(4);
        return config;
    }

    private static HikariConfig postgresql(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(PostgresUrl.toJdbc(settings.url()));
        if (settings.username() != null && !settings.username().isBlank()) {
            config.setUsername(settings.username());
        }
        if (settings.password() != null && !settings.password().isBlank()) {
            config.setPassword(settings.password());
        }
        config.setMaximumPoolSize(10);
        // A database that is down, restarting or failing over costs a request a few seconds and a
        // 503, not the pool's default 30 s; connections found dead are replaced once it is back.
        long timeout = Math.max(1000, settings.connectionTimeout().toMillis());
        config.setConnectionTimeout(timeout);
        config.setValidationTimeout(Math.max(250, timeout / 2));
        config.setKeepaliveTime(Duration.ofMinutes(1).toMillis());
        config.addDataSourceProperty("connectTimeout", String.valueOf(Math.max(1, timeout / 1000)));
        config.addDataSourceProperty("tcpKeepAlive", "true");
        return config;
    }
}
