package org.parallax.ingest.internal.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Headlines without the site's name that pages add to their titles ("Headline | Outlet", "Outlet - Headline"). */
final class Titles {

    /** Separators between a headline and a site name; a colon is not one, headlines use it themselves. */
    private static final Pattern LAST_SEPARATOR = Pattern.compile("^(.*\\S)\\s+[|\\-\\u2013\\u2014\\u00B7\\u2022\\u00BB]+\\s+(.+)$");
    private static final Pattern FIRST_SEPARATOR = Pattern.compile("^(.+?)\\s+[|\\-\\u2013\\u2014\\u00B7\\u2022\\u00BB]+\\s+(.*\\S)$");
    private static final int SITE_NAME_WORDS = 4;

    private Titles() {
    }

    static String withoutSiteName(String title, String siteName) {
        if (title == null) {
            return null;
        }
        String stripped = title.strip();
        Matcher last = LAST_SEPARATOR.matcher(stripped);
        Matcher first = FIRST_SEPARATOR.matcher(stripped);
        if (siteName != null && !siteName.isBlank()) {
            if (last.matches() && last.group(2).strip().equalsIgnoreCase(siteName.strip())) {
                return last.group(1);
            }
            if (first.matches() && first.group(1).strip().equalsIgnoreCase(siteName.strip())) {
                return first.group(2);
            }
            return stripped;
        }
        if (last.matches() && words(last.group(2)) <= SITE_NAME_WORDS && words(last.group(1)) >= words(last.group(2))) {
            return last.group(1);
        }
        return stripped;
    }

    private static int words(String text) {
        return text.strip().split("\\s+").length;
    }
}
