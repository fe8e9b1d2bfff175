package org.parallax.api.internal;

import org.parallax.library.Outlet;

/** An outlet as the API shows it. */
record OutletJson(String slug, String name, String homeUrl, boolean own) {

    static OutletJson of(Outlet outlet) {
        return new OutletJson(outlet.slug(), outlet.name(), outlet.homeUrl(), outlet.own());
    }
}
