package org.parallax.ingest.internal.feeds;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads the dates feeds carry: ISO 8601 and RFC 3339 in their variants, RFC 822 and its many
 * corruptions (no weekday or a wrong one, full month names, two-digit years, named zones, no
 * seconds), "March 14, 2026" and asctime. A date without a zone is read as UTC. Unreadable: null.
 */
final class FeedDates {

    private static final String TIME = "(?:[T\\s]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,](\\d{1,9})\\d*)?)?";
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-?(\\d{1,2})-?(\\d{1,2})" + TIME.replace("[T\\s]+", "[Tt\\s]+") + "\\s*(.*)");
    private static final Pattern SLASHED = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})" + TIME + "\\s*(.*)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?:[A-Za-z]+\\.?,?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3,})\\.?,?[\\s-]+(\\d{2,4})" + TIME + "\\s*(.*)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?:[A-Za-z]+\\.?,?\\s+)?([A-Za-z]{3,})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME + "\\s*(.*)");
    private static final Pattern ASCTIME = Pattern.compile(
            "(?:[A-Za-z]+\\s+)?([A-Za-z]{3,})\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2}):(\\d{2})\\s+(?:([A-Za-z]+)\\s+)?(\\d{4})");
    private static final Pattern NUMERIC_OFFSET = Pattern.compile("([+-])(\\d{1,2}):?(\\d{2})?\\b.*");
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";
    private static final Map<String, Integer> ZONE_HOURS = Map.ofEntries(
            Map.entry("GMT", 0), Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("Z", 0), Map.entry("WET", 0),
            Map.entry("BST", 1), Map.entry("CET", 1), Map.entry("MET", 1), Map.entry("CEST", 2), Map.entry("EET", 2),
            Map.entry("EEST", 3), Map.entry("MSK", 3), Map.entry("IST", 5), Map.entry("JST", 9), Map.entry("AEST", 10),
            Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6), Map.entry("CDT", -5),
            Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7),
            Map.entry("AKST", -9), Map.entry("HST", -10));

    private FeedDates() {
    }

    /** The first readable date among elements in order of preference; null when none reads. */
    static Instant first(Element... candidates) {
        for (Element candidate : candidates) {
            Instant date = candidate == null ? null : parse(candidate.wholeText());
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    static Instant parse(String raw) {
        String text = Texts.clean(raw);
        if (text == null) {
            return null;
        }
        try {
            Matcher m = ISO.matcher(text);
            if (m.matches()) {
                return at(num(m, 1), num(m, 2), num(m, 3), m, 4, m.group(8));
            }
            m = SLASHED.matcher(text);
            if (m.matches()) {
                return at(num(m, 1), num(m, 2), num(m, 3), m, 4, m.group(8));
            }
            m = DAY_MONTH_YEAR.matcher(text);
            if (m.matches() && month(m.group(2)) > 0) {
                return at(year(num(m, 3)), month(m.group(2)), num(m, 1), m, 4, m.group(8));
            }
            m = MONTH_DAY_YEAR.matcher(text);
            if (m.matches() && month(m.group(1)) > 0) {
                return at(num(m, 3), month(m.group(1)), num(m, 2), m, 4, m.group(8));
            }
            m = ASCTIME.matcher(text);
            if (m.matches() && month(m.group(1)) > 0) {
                LocalDateTime local = LocalDateTime.of(num(m, 7), month(m.group(1)), num(m, 2), num(m, 3), num(m, 4), num(m, 5));
                return local.atZone(zone(m.group(6))).toInstant();
            }
        } catch (DateTimeException impossible) {
            // a 31st of February or an hour 25: no date rather than a wrong one
        }
        return null;
    }

    private static Instant at(int year, int month, int day, Matcher m, int timeGroup, String zoneText) {
        int hour = m.group(timeGroup) == null ? 0 : num(m, timeGroup);
        int minute = m.group(timeGroup + 1) == null ? 0 : num(m, timeGroup + 1);
        int second = m.group(timeGroup + 2) == null ? 0 : num(m, timeGroup + 2);
        String fraction = m.group(timeGroup + 3);
        int nanos = fraction == null ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
        ZoneId zone = zone(zoneText);
        if (zone == null) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second, nanos).atZone(zone).toInstant();
    }

    /** UTC when there is no zone or one nobody can read; null when trailing text is not a zone at all. */
    private static ZoneId zone(String text) {
        String zone = text == null ? "" : text.strip().replaceAll("^\\(|\\)$", "");
        if (zone.isEmpty()) {
            return ZoneOffset.UTC;
        }
        Matcher offset = NUMERIC_OFFSET.matcher(zone);
        if (offset.matches()) {
            int hours = Integer.parseInt(offset.group(2));
            int minutes = offset.group(3) == null ? 0 : Integer.parseInt(offset.group(3));
            int sign = offset.group(1).equals("-") ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        }
        String name = zone.split("[\\s(]")[0];
        Integer hours = ZONE_HOURS.get(name.toUpperCase(Locale.ROOT));
        if (hours != null) {
            return ZoneOffset.ofHours(hours);
        }
        if (name.contains("/")) {
            try {
                return ZoneId.of(name);
            } catch (DateTimeException unknownRegion) {
                return ZoneOffset.UTC;
            }
        }
        return name.matches("[A-Za-z]{1,5}") ? ZoneOffset.UTC : null;
    }

    private static int month(String name) {
        if (name.length() < 3) {
            return 0;
        }
        int at = MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT));
        return at >= 0 && at % 3 == 0 ? at / 3 + 1 : 0;
    }

    private static int year(int year) {
        if (year >= 100) {
            return year;
        }
        return year < 50 ? 2000 + year : 1900 + year;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
