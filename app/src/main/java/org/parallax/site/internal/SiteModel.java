package org.parallax.site.internal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every site page needs besides its own content: the reader's dates. */
@ControllerAdvice(basePackageClasses = SiteModel.class)
class SiteModel {

    static final String TIME_ZONE_COOKIE = "tz";

    private final ReaderZones zones;

    SiteModel(ReaderZones zones) {
        this.zones = zones;
    }

    @ModelAttribute("dates")
    ReaderDates dates(@CookieValue(name = TIME_ZONE_COOKIE, required = false) String zone) {
        return new ReaderDates(zones.zoneFor(zone));
    }
}
