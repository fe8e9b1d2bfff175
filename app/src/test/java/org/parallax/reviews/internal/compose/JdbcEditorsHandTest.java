package org.parallax.reviews.internal.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.TestDatabases;
import org.parallax.TestDatabases.Kind;
import org.parallax.TestDatabases.TestDatabase;
import org.parallax.reviews.Review;
import org.parallax.reviews.internal.EditorsHand.Choice;
import org.parallax.reviews.internal.EditorsHand.NoteKind;
import org.parallax.reviews.internal.EditorsHand.Pick;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The editors' pins, drops and notes on both databases. */
class JdbcEditorsHandTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-03-16");

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void pinsKeepTheOrderTheyWereMadeInAndADropOrReleaseTakesAStoryOut(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            JdbcEditorsHand hand = hand(db);
            long editor = editor(db);

            hand.pin(Review.DAILY, MONDAY, 30, editor);
            hand.pin(Review.DAILY, MONDAY, 10, editor);
            hand.drop(Review.DAILY, MONDAY, 20, editor);
            hand.pin(Review.DAILY, MONDAY, 40, editor);
            hand.pin(Review.DAILY, MONDAY, 30, editor);

            assertThat(hand.picks(Review.DAILY, MONDAY)).containsExactly(new Pick(30, Choice.PIN, 1), new Pick(10, Choice.PIN, 2),
                    new Pick(40, Choice.PIN, 3), new Pick(20, Choice.DROP, 0));
            assertThat(hand.picks(Review.DAILY, MONDAY.plusDays(1))).as("picks are per edition").isEmpty();
            assertThat(hand.picks(Review.WEEKLY, MONDAY)).as("and per review").isEmpty();

            hand.drop(Review.DAILY, MONDAY, 10, editor);
            hand.release(Review.DAILY, MONDAY, 20);
            hand.pin(Review.DAILY, MONDAY, 10, editor);

            assertThat(hand.picks(Review.DAILY, MONDAY)).as("a dropped story pinned again goes last")
                    .containsExactly(new Pick(30, Choice.PIN, 1), new Pick(40, Choice.PIN, 3), new Pick(10, Choice.PIN, 4));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aNoteIsWrittenRewrittenAndRemovedByABlankBody(Kind kind) {
        try (TestDatabase db = TestDatabases.create(kind, folder)) {
            JdbcEditorsHand hand = hand(db);
            long editor = editor(db);

            assertThat(hand.note(Review.DAILY, MONDAY, NoteKind.OUR_TAKE)).isEmpty();
            hand.write(Review.DAILY, MONDAY, NoteKind.OUR_TAKE, "  The lake deal holds.\r\n\r\nFor now.  ", editor);
            assertThat(hand.note(Review.DAILY, MONDAY, NoteKind.OUR_TAKE)).contains("The lake deal holds.\n\nFor now.");

            hand.write(Review.DAILY, MONDAY, NoteKind.OUR_TAKE, "Second thoughts on the lake deal.", 0);
            hand.write(Review.WEEKLY, MONDAY, NoteKind.WHATS_TO_COME, "The harbour vote on Thursday.", editor);
            assertThat(hand.note(Review.DAILY, MONDAY, NoteKind.OUR_TAKE)).contains("Second thoughts on the lake deal.");
            assertThat(hand.note(Review.DAILY, MONDAY, NoteKind.WHATS_TO_COME)).isEmpty();
            assertThat(hand.note(Review.WEEKLY, MONDAY, NoteKind.WHATS_TO_COME)).contains("The harbour vote on Thursday.");

            hand.write(Review.DAILY, MONDAY, NoteKind.OUR_TAKE, "   ", editor);
            assertThat(hand.note(Review.DAILY, MONDAY, NoteKind.OUR_TAKE)).isEmpty();
        }
    }

    private static JdbcEditorsHand hand(TestDatabase db) {
        return new JdbcEditorsHand(JdbcClient.create(db.dataSource()),
                Clock.fixed(Instant.parse("2026-03-15T18:00:00Z"), ZoneOffset.UTC));
    }

    private static long editor(TestDatabase db) {
        JdbcClient jdbc = JdbcClient.create(db.dataSource());
        jdbc.sql("insert into reader (email, role, created_at) values ('desk-editor@parallax.example', 'EDITOR', 0)").update();
        return jdbc.sql("select id from reader where email = 'desk-editor@parallax.example'").query(Long.class).single();
    }
}
