package org.parallax;

import java.net.URI;

/** Accepts the usual ways of writing a PostgreSQL address and returns the JDBC form. */
final class PostgresUrl {

    private PostgresUrl() {
    }

    static String toJdbc(String url) {
        String trimmed = url.trim();
        if (trimmed.startsWith("jdbc:postgresql:")) {
            return trimmed;
        }
        if (trimmed.startsWith("postgres://") || trimmed.startsWith("postgresql://")) {
            URI uri = URI.create(trimmed);
            StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
            if (uri.getPort() != -1) {
                jdbc.append(':').append(uri.getPort());
            }
            jdbc.append(uri.getRawPath());
            String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
            String userInfo = uri.getRawUserInfo();
            if (userInfo != null) {
                String[] parts = userInfo.split(":", 2);
                query = appendParam(query, "user", parts[0]);
                if (parts.length == 2) {
                    query = appendParam(query, "password", parts[1]);
                }
            }
            return query.isEmpty() ? jdbc.toString() : jdbc.append('?').append(query).toString();
        }
        throw new IllegalArgumentException(
                "PARALLAX_DATABASE_URL must be a PostgreSQL URL (jdbc:postgresql://host/db or postgresql://user@host/db), not: " + url);
    }

    private static String appendParam(String query, String name, String value) {
        return (query.isEmpty() ? "" : query + "&") + name + "=" + value;
    }
}
