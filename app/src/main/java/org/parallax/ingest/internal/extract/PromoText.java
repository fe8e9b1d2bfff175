package org.parallax.ingest.internal.extract;

import java.util.regex.Pattern;

/**
 * Recognises the short lines a page adds around an article to sell, gate or ask for something:
 * subscription and paywall offers, newsletter sign-ups, cookie notices, share prompts. Only short
 * blocks are tested, so an article that talks about newsletters keeps its sentences.
 */
final class PromoText {

    private static final int LONGEST_PROMO = 250;
    private static final Pattern PROMO = Pattern.compile(String.join("|",
            "\\bsubscribe (now|today|for|to (our|the))\\b",
            "\\balready (a )?(subscriber|member|registered)\\b",
            "\\b(log|sign) ?in to (continue|read|comment|keep)",
            "\\bkeep reading\\b.*\\bfree\\b",
            "\\b(continue|start) reading for\\b",
            "\\bsign up (for|to) (our|the)\\b.*\\bnewsletters?\\b",
            "\\b(our|the|free|daily|weekly) newsletters?\\b",
            "\\bnewsletter (abonnieren|bestellen)\\b",
            "\\bjetzt (abonnieren|anmelden|registrieren)\\b",
            "\\b(we|this (site|website)) uses? cookies\\b",
            "\\b(accept|allow) (all )?cookies\\b",
            "\\bcookies? (policy|settings|richtlinie)\\b",
            "\\bverwendet cookies\\b",
            "\\bshare (this|on) (article|story|post|facebook|twitter)\\b",
            "\\b(teilen|share) (auf|via|on) (facebook|twitter|whatsapp|x)\\b",
            "\\bfollow us on\\b",
            "\\bfollow [\\w ]{1,40} on (twitter|facebook|instagram|linkedin|youtube|tiktok)\\b",
            "\\bdownload (the|our) [\\w ]{0,40}\\bapps?\\b",
            "\\b(rely|depend)s? on (your|readers'?) support\\b",
            "\\bnot responsible for the (opinions|content|views)\\b",
            "\\b(canal|channel|kanal) (de|on|auf) (youtube|telegram|whatsapp)\\b",
            "^\\*?(anzeige|werbung)\\b.{0,200}\\b(werbung|ausgehen|bestellen|enth\u00E4lt)\\b",
            "^(wird geladen|loading|l\u00E4dt)\\W*$|^\\(?(noch )?keine bewertungen\\)?$|^\\(?no ratings yet\\)?$",
            "\\b(wird|werden) (ben\\u00F6tigt und )?nicht ver\u00F6ffentlicht\\b|\\bwill not be published\\b",
            "\\bsupport (our|independent) journalism\\b",
            "\\bunlimited (digital )?access\\b",
            "\\bfree trial\\b",
            "\\bcomments? (are|is) (closed|moderated)\\b",
            "\\b(leave|post|write) a (comment|reply)\\b",
            "\\badvertisement\\b|^-? ?anzeige ?-?$|^werbung$|^reklama$",
            // credits and notices: a photo credit, a copyright line, a "was this helpful?" prompt
            "^(foto|fotos|photo|photos|bild|titelbild|beitragsbild|image|quelle|credit|credits)\\s*:",
            "\\u00A9|\\(c\\) ?\\d{4}|\\ball rights reserved\\b|\\balle rechte vorbehalten\\b",
            "\\bcopyrighted (property|material)\\b|\\b(written|prior) permission\\b|\\bwithout permission\\b",
            "\\baffiliate (links?|partners?|commission)\\b|\\b(contains|includes) (affiliate|sponsored) ",
            "\\bwas (this|the) (article|page) (helpful|useful)\\b|\\bwar (dieser|der) (artikel|beitrag) (hilfreich|n\u00FCtzlich)\\b"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private PromoText() {
    }

    static boolean isPromo(String text) {
        return text.length() <= LONGEST_PROMO && PROMO.matcher(text).find();
    }
}
