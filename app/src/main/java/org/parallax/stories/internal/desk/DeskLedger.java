package org.parallax.stories.internal.desk;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The desk's place in the library's change log and its clustering state, in one row. A batch is
 * filed only after claiming the row at the mark it started from, so two processes filing at once
 * cannot both file the same changes: the second waits for the first, finds the mark moved and
 * gives up the batch.
 */
@Component
class DeskLedger {

    /** The desk's place, and its clustering state as it stood after {@code stateChange}. */
    record Mark(long lastChange, byte[] state, long stateChange) {
    }

    private final JdbcClient jdbc;

    DeskLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Mark> mark() {
        return jdbc.sql("select last_change, state, state_change from story_desk where id = 1")
                .query((rs, row) -> new Mark(rs.getLong(1), rs.getBytes(2), rs.getLong(3)))
                .optional();
    }

    long lastChange() {
        return mark().map(Mark::lastChange).orElse(0L);
    }

    /**
     * Claims the desk for this transaction if the mark is still at {@code expected}: the row stays
     * locked until the transaction ends, so another process's desk waits and then finds the mark
     * moved. False when another desk filed first.
     */
    boolean claim(long expected) {
        jdbc.sql("insert into story_desk (id, last_change, state) values (1, 0, null) on conflict (id) do nothing").update();
        return jdbc.sql("update story_desk set last_change = last_change where id = 1 and last_change = ?")
                .param(expected)
                .update() == 1;
    }

    /** Moves the mark claimed by {@link #claim} on, saving the clusterer's state with it when one is given. */
    void advance(long next, byte[] state) {
        if (state == null) {
            jdbc.sql("update story_desk set last_change = ? where id = 1").param(next).update();
        } else {
            jdbc.sql("update story_desk set last_change = ?, state = ?, state_change = ? where id = 1")
                    .params(next, state, next).update();
        }
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
