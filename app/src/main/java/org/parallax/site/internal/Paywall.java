package org.parallax.site.internal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.parallax.access.Allowance;
import org.parallax.access.Offer;
import org.parallax.access.Visitor;

/**
 * The meter's part of an article page: the paywall box's offer under a gated teaser, the banner
 * with a signed-in reader's count, and the note after an unlock or a new confirmation link.
 *
 * @param gated  whether the page shows only the teaser, so the box is shown
 * @param banner which banner the reader gets
 * @param notice what just happened (an unlock, a mail sent), or null
 */
public record Paywall(String articleId, Offer offer, boolean gated, Banner banner, String notice) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public enum Banner {
        NONE,
        /** A registered reader's count of free articles left. */
        COUNT,
        /** A signed-in reader whose allowance starts once the email is confirmed. */
        CONFIRM
    }

    /**
     * @param unlocked what the unlock forms say they did ("email", "meter", "before"), from the address
     * @param sent     "confirm" after a new confirmation link was mailed
     */
    static Paywall of(String articleId, Visitor visitor, Offer offer, boolean gated, String unlocked, String sent) {
        Banner banner = visitor.allAccess() || visitor.staff() ? Banner.NONE : switch (visitor.standing()) {
            case REGISTERED -> Banner.COUNT;
            case UNCONFIRMED -> Banner.CONFIRM;
            default -> Banner.NONE;
        };
        return new Paywall(articleId, offer, gated, banner, notice(offer.allowance(), gated, unlocked, sent));
    }

    private static String notice(Allowance allowance, boolean gated, String unlocked, String sent) {
        if ("confirm".equals(sent)) {
            return "We sent you a new link to confirm your email. It works once, for 15 minutes.";
        }
        if (gated || unlocked == null) {
            return null;
        }
        return switch (unlocked) {
            case "email" -> "This article is unlocked. We sent you a link to confirm your email: open it to get "
                    + allowance.articles() + " free articles of your choice every " + allowance.periodName() + ".";
            case "meter" -> "You unlocked this article with one of your free articles. It stays yours to read.";
            case "before" -> "You had unlocked this article before, so it cost nothing.";
            default -> null;
        };
    }

    public Allowance allowance() {
        return offer.allowance();
    }

    public boolean offers(Offer.Action action) {
        return offer.action() == action;
    }

    /** The first day of the next period, as "1 April 2026". */
    public String renewsOn() {
        return DAY.format(allowance().renewsOn());
    }

    public String unlockPath() {
        return "/articles/" + articleId + "/unlock";
    }

    public String emailFormPath() {
        return "/articles/" + articleId + "/unlock-by-email";
    }

    public String confirmPath() {
        return "/articles/" + articleId + "/confirm-email";
    }

    public String signInPath() {
        return "/sign-in?continue=/articles/" + articleId;
    }
}
