package org.parallax.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PublishedDatesTest {

    @Test
    void readsIsoDatesWithAnOffsetOrZ() {
        assertThat(PublishedDates.read("published", "2026-03-14T09:30:00+02:00"))
                .isEqualTo(new PublishedDates.Reading(Instant.parse("2026-03-14T07:30:00Z"), null));
        assertThat(PublishedDates.read("published", "2026-03-14T07:30:00.250Z").instant())
                .isEqualTo(Instant.parse("2026-03-14T07:30:00.250Z"));
    }

    @Test
    void readsRfc1123DatesAsRssFeedsWriteThem() {
        assertThat(PublishedDates.read("published", "Tue, 3 Jun 2008 11:05:30 GMT").instant())
                .isEqualTo(Instant.parse("2008-06-03T11:05:30Z"));
    }

    @Test
    void readsADateTimeWithoutZoneAsUtcAndWarns() {
        PublishedDates.Reading reading = PublishedDates.read("published", "2026-03-14 07:30:00");

        assertThat(reading.instant()).isEqualTo(Instant.parse("2026-03-14T07:30:00Z"));
        assertThat(reading.warning()).isEqualTo("published has no time zone; read as UTC: 2026-03-14 07:30:00");
    }

    @Test
    void readsABareDateAsMidnightUtc() {
        assertThat(PublishedDates.read("published", "2026-03-14"))
                .isEqualTo(new PublishedDates.Reading(Instant.parse("2026-03-14T00:00:00Z"), null));
    }

    @Test
    void refusesAnythingElseNamingTheField() {
        assertThatThrownBy(() -> PublishedDates.read("published", "last Tuesday"))
                .hasMessageStartingWith("published is not a date (use ISO-8601")
                .hasMessageEndingWith(": last Tuesday");
    }
}
