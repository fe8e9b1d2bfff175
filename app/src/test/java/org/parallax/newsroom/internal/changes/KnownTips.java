package org.parallax.newsroom.internal.changes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.newsroom.ReaderTip;
import org.parallax.newsroom.ReaderTips;

/** Tips held in memory for the update desk's storage tests (the web tests use the real ones). */
final class KnownTips implements ReaderTips {

    final Map<Long, ReaderTip> tips = new HashMap<>();
    final List<Long> used = new ArrayList<>();

    KnownTips with(long id, String articleId) {
        tips.put(id, new ReaderTip(id, articleId, 1, "A tip.", Instant.EPOCH, null));
        return this;
    }

    @Override
    public ReaderTip send(String articleId, long readerId, String text) {
        throw new UnsupportedOperationException("the update desk only reads tips");
    }

    @Override
    public Optional<ReaderTip> tip(long id) {
        return Optional.ofNullable(tips.get(id));
    }

    @Override
    public List<ReaderTip> newest(int limit) {
        return List.copyOf(tips.values());
    }

    @Override
    public void markUsed(long tipId, long editorId) {
        used.add(tipId);
    }
}
