package org.parallax.access.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.readers.AccountData;
import org.parallax.readers.Reader;
import org.springframework.stereotype.Component;

/**
 * Every article the reader unlocked, for their data export: which article (by id, never its text),
 * how (counted against the allowance or through the email form), in which period and when.
 */
@Component
class UnlocksData implements AccountData {

    private final MeterLedger ledger;

    UnlocksData(MeterLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public String name() {
        return "unlocks";
    }

    @Override
    public Object export(Reader reader) {
        return ledger.unlocks(reader.id(), Integer.MAX_VALUE).stream().map(UnlocksData::entry).toList();
    }

    private static Map<String, Object> entry(MeterLedger.Unlock unlock) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("article", unlock.articleId());
        entry.put("kind", unlock.kind());
        entry.put("period", unlock.period());
        entry.put("unlocked", unlock.at().toString());
        return entry;
    }
}
