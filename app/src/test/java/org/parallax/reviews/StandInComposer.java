package org.parallax.reviews;

import java.time.LocalDate;
import org.springframework.context.annotation.Primary;

/**
 * A small composer for tests of what happens around composing (the command line, the scheduler),
 * which the composition part builds for real. Not a scanned component: a test adds it to an
 * application with {@code spring.main.sources} ({@link #SOURCE}), so other tests never see it; where
 * the real composer is present too, this one is the one used.
 */
@Primary
public class StandInComposer implements EditionComposer {

    public static final String SOURCE = "spring.main.sources=" + StandInComposer.class.getName();

    @Override
    public EditionContent compose(Review review, LocalDate date) {
        return new EditionContent(review, date, review.title() + " of " + date + ": the night ferries sail again",
                "<table role=\"presentation\"><tr><td><p>The harbour board restored the night ferries.</p>"
                        + "<p><a href=\"" + EditionContent.PREFERENCES + "\">Choose your emails</a> · "
                        + "<a href=\"" + EditionContent.UNSUBSCRIBE + "\">Unsubscribe</a></p></td></tr></table>",
                "The harbour board restored the night ferries.\n\nChoose your emails: " + EditionContent.PREFERENCES
                        + "\nUnsubscribe: " + EditionContent.UNSUBSCRIBE + "\n");
    }
}
