package org.parallax.ingest.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** JSONL lines about a fictional event, the Varnholm ferry accord, as several outlets report it. */
final class ImportFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ImportFixtures() {
    }

    static Map<String, Object> wireReport(int number) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("url", "https://meridian-wire.example/world/varnholm-" + number);
        record.put("outlet", "Meridian Wire");
        record.put("title", "Varnholm ferries to sail again, report " + number);
        record.put("published", "2026-03-14T07:30:00Z");
        record.put("text", "Negotiators from both shores agreed on Friday to resume the night ferries.\n\n"
                + "\"It is a modest step, but a real one,\" the harbour commissioner said.");
        return record;
    }

    static Map<String, Object> ownAnalysis() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", "ferry-accord-analysis");
        record.put("url", "https://parallax.example/analysis/ferry-accord");
        record.put("outlet", "Parallax");
        record.put("title", "Why the ferry accord matters more than it looks");
        record.put("dek", "A small deal with long roots");
        record.put("author", "Tomasz Okafor");
        record.put("kind", "analysis");
        record.put("access", "registered");
        record.put("language", "en");
        record.put("published", "2026-03-14T09:00:00+01:00");
        record.put("text", "The accord settles a quarrel older than either government.\n\nIts real test comes in winter.");
        record.put("wordCount", 17);
        return record;
    }

    static Map<String, Object> with(Map<String, Object> record, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(record);
        changed.put(field, value);
        return changed;
    }

    static String line(Map<String, Object> record) {
        return JSON.writeValueAsString(record);
    }
}
