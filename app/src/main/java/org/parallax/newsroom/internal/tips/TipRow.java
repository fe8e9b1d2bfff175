package org.parallax.newsroom.internal.tips;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.parallax.newsroom.ReaderTip;

/**
 * One tip as the newsroom's list shows it: with the article's headline and the reader's email
 * (null once the account is deleted).
 */
public record TipRow(ReaderTip tip, String articleTitle, String email) {

    private static final DateTimeFormatter SENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public String sent() {
        return SENT.format(tip.sentAt());
    }
}
