package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostgresUrlTest {

    @Test
    void keepsAJdbcUrlAsItIs() {
        assertThat(PostgresUrl.toJdbc("jdbc:postgresql://db:5432/parallax")).isEqualTo("jdbc:postgresql://db:5432/parallax");
    }

    @Test
    void turnsAConnectionUriWithCredentialsIntoJdbcForm() {
        assertThat(PostgresUrl.toJdbc("postgresql://editor:s3cret@db.example:6543/parallax?sslmode=require"))
                .isEqualTo("jdbc:postgresql://db.example:6543/parallax?sslmode=require&user=editor&password=s3cret");
        assertThat(PostgresUrl.toJdbc("postgres://db.example/parallax")).isEqualTo("jdbc:postgresql://db.example/parallax");
    }

    @Test
    void refusesAnythingElseNamingTheVariable() {
        assertThatThrownBy(() -> PostgresUrl.toJdbc("mysql://db/parallax"))
                .hasMessageStartingWith("PARALLAX_DATABASE_URL must be a PostgreSQL URL");
    }
}
