package org.parallax.stories.internal.desk;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The desk's place in the library's change log and its clustering state, in one row. Moving the
 * mark is a compare-and-set, so two processes filing at once cannot both file the same changes:
 * the second one's transaction finds the mark moved and rolls back.
 */
@Component
class DeskLedger {

    record Mark(long lastChange, byte[] state) {
    }

    private final JdbcClient jdbc;

    DeskLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Mark> mark() {
        return jdbc.sql("select last_change, state from story_desk where id = 1")
                .query((rs, row) -> new Mark(rs.getLong(1), rs.getBytes(2)))
                .optional();
    }

    long lastChange() {
        return mark().map(Mark::lastChange).orElse(0L);
    }

    /** Moves the mark from {@code expected} to {@code next}; false when another desk moved it first. */
    boolean advance(long expected, long next, byte[] state) {
        int updated = jdbc.sql("update story_desk set last_change = ?, state = ? where id = 1 and last_change = ?")
                .params(next, state, expected)
                .update();
        if (updated == 1) {
            return true;
        }
        if (expected == 0 && mark().isEmpty()) {
            return jdbc.sql("insert into story_desk (id, last_change, state) values (1, ?, ?) on conflict (id) do nothing")
                    .params(next, state)
                    .update() == 1;
        }
        return false;
    }

    /** Forgets everything filed, for a rebuild. */
    void clear() {
        jdbc.sql("delete from quote").update();
        jdbc.sql("delete from article_entity").update();
        jdbc.sql("delete from story_article").update();
        jdbc.sql("delete from story").update();
        jdbc.sql("delete from story_desk").update();
    }
}
