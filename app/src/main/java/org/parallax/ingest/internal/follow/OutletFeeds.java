package org.parallax.ingest.internal.follow;

import java.util.List;
import org.parallax.ingest.FeedStatus;
import org.parallax.library.Outlet;

/** An outlet and the feeds followed for it, as the admin page lists them (public for the template). */
public record OutletFeeds(Outlet outlet, List<FeedStatus> feeds) {
}
