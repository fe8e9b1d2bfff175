package org.parallax.access.internal;

import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Small named settings the admin edits on the site, kept in the database so every node sees them. */
@Repository
class PublicationSettings {

    private final JdbcClient jdbc;
    private final Clock clock;

    PublicationSettings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<String> get(String name) {
        return jdbc.sql("select value from publication_setting where name = ?").param(name).query(String.class).optional();
    }

    /** Sets the value, or removes the setting when the value is empty. */
    void put(String name, String value) {
        if (value.isEmpty()) {
            jdbc.sql("delete from publication_setting where name = ?").param(name).update();
            return;
        }
        jdbc.sql("""
                        insert into publication_setting (name, value, updated_at) values (?, ?, ?)
                        on conflict (name) do update set value = excluded.value, updated_at = excluded.updated_at""")
                .params(name, value, clock.millis())
                .update();
    }
}
