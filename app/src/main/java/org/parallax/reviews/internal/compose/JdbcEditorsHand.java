package org.parallax.reviews.internal.compose;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parallax.reviews.Review;
import org.parallax.reviews.internal.EditorsHand;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The editors' pins, drops and notes in review_pick and review_note. */
@Repository
class JdbcEditorsHand implements EditorsHand {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcEditorsHand(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Pick> picks(Review review, LocalDate date) {
        return jdbc.sql("""
                        select story_id, choice, position from review_pick where review = ? and edition_date = ?
                        order by choice desc, position, chosen_at, story_id""")
                .params(review.name(), date.toString())
                .query((rs, row) -> new Pick(rs.getLong("story_id"), Choice.valueOf(rs.getString("choice")), rs.getInt("position")))
                .list();
    }

    /** A story pinned again keeps its place; a dropped story pinned goes to the end of the pins. */
    @Override
    public void pin(Review review, LocalDate date, long storyId, long editorId) {
        jdbc.sql("""
                        insert into review_pick (review, edition_date, story_id, choice, position, chosen_by, chosen_at)
                        values (?, ?, ?, 'PIN',
                                (select coalesce(max(position), 0) + 1 from review_pick
                                 where review = ? and edition_date = ? and choice = 'PIN'), ?, ?)
                        on conflict (review, edition_date, story_id) do update set
                            position = case when review_pick.choice = 'PIN' then review_pick.position else excluded.position end,
                            choice = 'PIN', chosen_by = excluded.chosen_by, chosen_at = excluded.chosen_at""")
                .params(review.name(), date.toString(), storyId, review.name(), date.toString(), editor(editorId),
                        clock.millis())
                .update();
    }

    @Override
    public void drop(Review review, LocalDate date, long storyId, long editorId) {
        jdbc.sql("""
                        insert into review_pick (review, edition_date, story_id, choice, position, chosen_by, chosen_at)
                        values (?, ?, ?, 'DROP', 0, ?, ?)
                        on conflict (review, edition_date, story_id) do update set
                            choice = 'DROP', position = 0, chosen_by = excluded.chosen_by, chosen_at = excluded.chosen_at""")
                .params(review.name(), date.toString(), storyId, editor(editorId), clock.millis())
                .update();
    }

    @Override
    public void release(Review review, LocalDate date, long storyId) {
        jdbc.sql("delete from review_pick where review = ? and edition_date = ? and story_id = ?")
                .params(review.name(), date.toString(), storyId)
                .update();
    }

    @Override
    public Optional<String> note(Review review, LocalDate date, NoteKind kind) {
        return jdbc.sql("select body from review_note where review = ? and edition_date = ? and kind = ?")
                .params(review.name(), date.toString(), kind.name())
                .query(String.class)
                .optional();
    }

    @Override
    public void write(Review review, LocalDate date, NoteKind kind, String body, long editorId) {
        String text = body == null ? "" : body.strip().replace("\r\n", "\n");
        if (text.isEmpty()) {
            jdbc.sql("delete from review_note where review = ? and edition_date = ? and kind = ?")
                    .params(review.name(), date.toString(), kind.name())
                    .update();
            return;
        }
        jdbc.sql("""
                        insert into review_note (review, edition_date, kind, body, written_by, written_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (review, edition_date, kind) do update set
                            body = excluded.body, written_by = excluded.written_by, written_at = excluded.written_at""")
                .params(review.name(), date.toString(), kind.name(), text, editor(editorId), clock.millis())
                .update();
    }

    /** An edit made outside a signed-in session (the command line) names no editor. */
    private static Long editor(long editorId) {
        return editorId > 0 ? editorId : null;
    }
}
