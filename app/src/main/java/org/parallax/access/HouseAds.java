package org.parallax.access;

import java.util.Optional;

/** The one house-ad slot of article pages and the front page. */
public interface HouseAds {

    /** The ad to show this visitor: empty for subscribers and staff, and while the admin has set none. */
    Optional<HouseAd> slotFor(Visitor visitor);
}
