package org.parallax.access.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.parallax.access.HouseAd;
import org.parallax.access.HouseAds;
import org.parallax.access.Visitor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The house ad the admin wrote. Pages read it often and it changes rarely, so each node keeps it
 * for a few seconds; a change made on another node shows within {@link #FRESH_FOR}.
 */
@Service
class HouseAdBoard implements HouseAds {

    static final Duration FRESH_FOR = Duration.ofSeconds(30);
    static final int MOST_TEXT = 280;
    static final int MOST_LINK = 2000;
    private static final String TEXT = "house-ad.text";
    private static final String LINK = "house-ad.link";

    private final PublicationSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private volatile Cached cached;

    HouseAdBoard(PublicationSettings settings, TransactionTemplate transactions, Clock clock) {
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Optional<HouseAd> slotFor(Visitor visitor) {
        return visitor.adFree() ? Optional.empty() : current();
    }

    /** The ad as stored now, for the admin page. */
    Optional<HouseAd> current() {
        Cached seen = cached;
        Instant now = clock.instant();
        if (seen == null || now.isAfter(seen.until())) {
            seen = new Cached(load(), now.plus(FRESH_FOR));
            cached = seen;
        }
        return seen.ad();
    }

    /**
     * Replaces the ad; empty text and link take it down.
     *
     * @throws InvalidHouseAd when only one of the two is given, either is too long, or the link is not http(s)
     */
    void replace(String text, String link) {
        String cleanText = text.strip();
        String cleanLink = link.strip();
        if (cleanText.isEmpty() != cleanLink.isEmpty()) {
            throw new InvalidHouseAd("give both a text and a link, or neither to take the ad down");
        }
        if (cleanText.length() > MOST_TEXT) {
            throw new InvalidHouseAd("the text can be at most " + MOST_TEXT + " characters long");
        }
        if (!cleanLink.isEmpty()) {
            checkLink(cleanLink);
        }
        transactions.executeWithoutResult(status -> {
            settings.put(TEXT, cleanText);
            settings.put(LINK, cleanLink);
        });
        cached = null;
    }

    private Optional<HouseAd> load() {
        Optional<String> text = settings.get(TEXT);
        Optional<String> link = settings.get(LINK);
        return text.isPresent() && link.isPresent() ? Optional.of(new HouseAd(text.get(), link.get())) : Optional.empty();
    }

    private static void checkLink(String link) {
        if (link.length() > MOST_LINK) {
            throw new InvalidHouseAd("the link can be at most " + MOST_LINK + " characters long");
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isBlank()) {
                throw new InvalidHouseAd("the link must be a web address starting with http:// or https://");
            }
        } catch (URISyntaxException e) {
            throw new InvalidHouseAd("the link is not a valid web address");
        }
    }

    private record Cached(Optional<HouseAd> ad, Instant until) {
    }

    /** An ad the admin must correct; the message says what to change. */
    static final class InvalidHouseAd extends RuntimeException {

        InvalidHouseAd(String message) {
            super(message);
        }
    }
}
