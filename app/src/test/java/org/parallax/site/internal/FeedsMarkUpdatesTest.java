package org.parallax.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An article changed after publication (an update, a new version) is marked updated in both feeds. */
class FeedsMarkUpdatesTest {

    static final Instant PUBLISHED = Instant.parse("2026-05-02T06:00:00Z");
    static final Instant UPDATED = Instant.parse("2026-05-02T14:20:00Z");

    final FeedEntry updated = new FeedEntry("https://parallax.example/articles/ferries", "Night ferries resume", null, null,
            PUBLISHED, UPDATED, "<p>Text</p>", false);
    final FeedEntry unchanged = new FeedEntry("https://parallax.example/articles/fares", "Fares rise", null, null,
            PUBLISHED, PUBLISHED, "<p>Text</p>", false);
    final FeedDocuments.Channel channel = new FeedDocuments.Channel("Parallax", "Latest", "https://parallax.example/",
            "https://parallax.example/feed.xml", UPDATED);

    @Test
    void atomEntriesCarryTheUpdateTimeAsTheirUpdated() {
        String atom = new String(FeedDocuments.atom(channel, List.of(updated, unchanged)), StandardCharsets.UTF_8);

        assertThat(atom).contains("<published>2026-05-02T06:00:00Z</published><updated>2026-05-02T14:20:00Z</updated>")
                .contains("<published>2026-05-02T06:00:00Z</published><updated>2026-05-02T06:00:00Z</updated>");
    }

    @Test
    void rssItemsChangedAfterPublicationCarryAnAtomUpdatedAndOthersDoNot() {
        String rss = new String(FeedDocuments.rss(channel, List.of(updated, unchanged)), StandardCharsets.UTF_8);

        assertThat(rss).containsOnlyOnce("<atom:updated>2026-05-02T14:20:00Z</atom:updated>");
        assertThat(rss.indexOf("<atom:updated>")).isLessThan(rss.indexOf("Fares rise"));
    }
}
