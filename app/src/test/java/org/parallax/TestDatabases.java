package org.parallax;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Real databases for tests. PostgreSQL is the server named by {@code PARALLAX_TEST_DATABASE_URL}
 * (CI and the development machines) or, when that is unset, one started from the embedded
 * binaries on Maven Central. Each database handed out is a fresh schema, migrated by Flyway.
 * A PostgreSQL that cannot be reached fails the test: it is never skipped.
 */
public final class TestDatabases {

    public static final String URL_VARIABLE = "PARALLAX_TEST_DATABASE_URL";

    private static EmbeddedPostgres embedded;

    private TestDatabases() {
    }

    public enum Kind {
        SQLITE, POSTGRESQL
    }

    /** A migrated, empty database of this kind; close it to drop it. */
    public static TestDatabase create(Kind kind, Path folder) {
        return kind == Kind.SQLITE ? sqlite(folder) : postgresql();
    }

    public static TestDatabase sqlite(Path folder) {
        HikariDataSource dataSource = DatabaseConfiguration.sqliteDataSource(folder.resolve("parallax.db"));
        migrate(dataSource, "sqlite");
        return new TestDatabase(Kind.SQLITE, dataSource, "jdbc:sqlite:" + folder.resolve("parallax.db"), dataSource::close);
    }

    public static TestDatabase postgresql() {
        String baseUrl = postgresUrl();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        new JdbcTemplate(new DriverManagerDataSource(baseUrl)).execute("create schema " + schema);
        String url = baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(4);
        HikariDataSource dataSource = new HikariDataSource(config);
        migrate(dataSource, "postgresql");
        return new TestDatabase(Kind.POSTGRESQL, dataSource, url, () -> {
            dataSource.close();
            new JdbcTemplate(new DriverManagerDataSource(baseUrl)).execute("drop schema " + schema + " cascade");
        });
    }

    private static void migrate(DataSource dataSource, String vendor) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + vendor).load().migrate();
    }

    private static synchronized String postgresUrl() {
        String configured = System.getenv(URL_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            String url = PostgresUrl.toJdbc(configured);
            checkReachable(url);
            return url;
        }
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start an embedded PostgreSQL for the tests; set "
                        + URL_VARIABLE + " to a PostgreSQL server (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres)", e);
            }
        }
        return embedded.getJdbcUrl("postgres", "postgres");
    }

    private static void checkReachable(String url) {
        try (Connection ignored = new DriverManagerDataSource(url).getConnection()) {
            // reachable
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + URL_VARIABLE + "=" + url + " cannot be reached: " + e.getMessage()
                    + ". Start it (pg_ctlcluster 15 main start) or unset the variable to use an embedded server.", e);
        }
    }

    /** One test database; {@code url} is its JDBC URL for a Spring context. */
    public record TestDatabase(Kind kind, DataSource dataSource, String url, Runnable dropper) implements AutoCloseable {

        @Override
        public void close() {
            dropper.run();
        }
    }
}
