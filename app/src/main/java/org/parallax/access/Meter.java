package org.parallax.access;

import java.util.Optional;

/**
 * The registered readers' allowance of free articles, as the pages need it: the banner's count and
 * the paywall's offer. Unlocking happens through the access module's own forms.
 */
public interface Meter {

    /**
     * The allowance of a reader the meter counts for: signed in with a confirmed email, neither staff
     * nor an All-Access subscriber. Empty for everyone else; asks the database only for those readers.
     */
    Optional<Allowance> allowance(Visitor visitor);

    /** What the paywall offers this visitor, under an article they may read only the teaser of. */
    Offer offer(Visitor visitor);
}
