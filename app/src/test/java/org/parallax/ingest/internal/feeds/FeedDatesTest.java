package org.parallax.ingest.internal.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Sat, 14 Mar 2026 07:30:00 GMT            | 2026-03-14T07:30:00Z",
            "Sat, 14 Mar 2026 07:30:00 +0100          | 2026-03-14T06:30:00Z",
            "Sat, 14 Mar 2026 07:30:00 -05:00         | 2026-03-14T12:30:00Z",
            "Sat, 14 Mar 2026 07:30 EST               | 2026-03-14T12:30:00Z",
            "14 Mar 2026 07:30:00 UT                  | 2026-03-14T07:30:00Z",
            "Monday, 14 March 2026 07:30:00 PDT       | 2026-03-14T14:30:00Z",
            "Sat, 14 Mar 26 07:30:00 GMT              | 2026-03-14T07:30:00Z",
            "Sat, 4 Mar 2026 07:30:00                 | 2026-03-04T07:30:00Z",
            "Sat,14 Mar 2026 07:30:00 Z               | 2026-03-14T07:30:00Z",
            "Sat, 14 Mar 2026 07:30:00 CET            | 2026-03-14T06:30:00Z",
            "Sat, 14 Mar 2026 07:30:00 +0000 (UTC)    | 2026-03-14T07:30:00Z",
            "2026-03-14T07:30:00Z                     | 2026-03-14T07:30:00Z",
            "2026-03-14T07:30:00.250+02:00            | 2026-03-14T05:30:00.250Z",
            "2026-03-14T07:30:00+0200                 | 2026-03-14T05:30:00Z",
            "2026-03-14T07:30:00                      | 2026-03-14T07:30:00Z",
            "2026-03-14 07:30:00                      | 2026-03-14T07:30:00Z",
            "2026-03-14T07:30Z                        | 2026-03-14T07:30:00Z",
            "2026-03-14                               | 2026-03-14T00:00:00Z",
            "20260314                                 | 2026-03-14T00:00:00Z",
            "2026/03/14 07:30:00                      | 2026-03-14T07:30:00Z",
            "March 14, 2026 7:30:00 GMT               | 2026-03-14T07:30:00Z",
            "Saturday, March 14th, 2026               | 2026-03-14T00:00:00Z",
            "Sat Mar 14 07:30:00 2026                 | 2026-03-14T07:30:00Z",
            "Sat Mar 14 07:30:00 UTC 2026             | 2026-03-14T07:30:00Z",
            "Sat, 14 Mar 2026 07:30:00 Europe/Oslo    | 2026-03-14T06:30:00Z",
    })
    void readsTheFormsFeedsUse(String text, String expected) {
        assertThat(FeedDates.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "   ", "yesterday", "Sat, 31 Feb 2026 07:30:00 GMT", "2026-13-01", "2026-03-14T25:00:00Z",
            "14 Smarch 2026"})
    void givesNoDateRatherThanAWrongOne(String text) {
        assertThat(FeedDates.parse(text)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Mon, 14 Mar 2026 07:30:00 GMT", "Thursday, 14 Mar 2026 07:30:00 GMT"})
    void ignoresAWrongWeekday(String text) {
        assertThat(FeedDates.parse(text)).isEqualTo(Instant.parse("2026-03-14T07:30:00Z"));
    }
}
