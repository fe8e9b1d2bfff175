package org.parallax.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The editions that went out (or are going out), and the act of freezing the next one. */
public interface Editions {

    /**
     * Composes the edition of this review for this date, stores it and addresses it to every
     * recipient eligible now (one outbox row each). When it was frozen before, on this node or
     * another, the stored edition is returned and nothing is added: an edition is frozen once.
     */
    Edition freeze(Review review, LocalDate date);

    Optional<Edition> edition(Review review, LocalDate date);

    Optional<Edition> edition(long id);

    /** Past editions of a review, newest first. */
    List<Edition> archive(Review review, int limit, int offset);
}
