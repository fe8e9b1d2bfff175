package org.parallax.access;

import java.time.LocalDate;

/**
 * A registered reader's free articles in the current period, as the banner and the paywall show
 * them: "2 of your 3 free articles left for March 2026".
 *
 * @param articles    how many articles a period allows (a setting)
 * @param used        how many of them the reader has unlocked in this period
 * @param periodName  "month" or "week", for sentences such as "3 free articles a month"
 * @param periodLabel the current period, e.g. "March 2026" or "the week of 9 March 2026"
 * @param renewsOn    the first day of the next period, in the publication's time zone
 */
public record Allowance(int articles, int used, String periodName, String periodLabel, LocalDate renewsOn) {

    public int left() {
        return Math.max(0, articles - used);
    }

    public boolean usedUp() {
        return left() == 0;
    }
}
