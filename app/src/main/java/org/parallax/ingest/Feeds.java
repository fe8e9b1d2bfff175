package org.parallax.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The feeds Parallax follows, for the admin page and {@code ./parallax outlets}. */
public interface Feeds {

    List<FeedStatus> all();

    Optional<FeedStatus> feed(long id);

    /** Follows a feed of an outlet, adding the outlet when it is new. */
    FeedStatus follow(String outletName, String feedUrl, Duration interval);

    FeedStatus change(long id, String feedUrl, Duration interval);

    FeedStatus pause(long id);

    /** Resumes polling now, forgetting the failures in a row. */
    FeedStatus resume(long id);

    void unfollow(long id);

    /** Stops following every feed of the outlet and removes it, unless it has articles. */
    void removeOutlet(String outletSlug);

    /** The shortest and longest polling intervals allowed. */
    Duration SHORTEST_INTERVAL = Duration.ofMinutes(5);
    Duration LONGEST_INTERVAL = Duration.ofDays(7);
}
