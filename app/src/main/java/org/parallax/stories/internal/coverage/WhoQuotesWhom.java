package org.parallax.stories.internal.coverage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who is quoted by whom: the speakers of a story against the outlets that quote them, with the
 * quotes in each cell. A speaker is one entity where the quote could be linked to one, else one
 * name (case and spacing aside); a name that only one entity goes by joins that entity, so an
 * outlet whose quote was not linked still lands in the right row. The same words quoted twice by
 * one outlet (a syndicated copy, a repeated pull quote) count once. Speakers quoted by the most
 * outlets come first, then by the most quotes, then named people before bare titles ("the
 * minister"), then by name.
 */
public final class WhoQuotesWhom {

    /** The matrix: outlets as columns, speakers as rows. */
    public record QuoteMatrix(List<String> outlets, List<SpeakerRow> speakers) {
    }

    /**
     * One speaker and the quotes each outlet carries from them.
     *
     * @param speaker  the name most often used for the speaker (the longest on a tie, then the first alphabetically)
     * @param entityId the speaker's entity, or null when none of their quotes was linked to one
     * @param byOutlet the quotes per outlet, in the matrix's outlet order; outlets without a quote are absent
     */
    public record SpeakerRow(String speaker, Long entityId, Map<String, List<CoverageQuote>> byOutlet) {

        public int count(String outlet) {
            return byOutlet.getOrDefault(outlet, List.of()).size();
        }

        public int outletCount() {
            return byOutlet.size();
        }

        public int total() {
            return byOutlet.values().stream().mapToInt(List::size).sum();
        }
    }

    public QuoteMatrix matrix(List<CoverageQuote> quotes) {
        return matrix(quotes, List.of());
    }

    /**
     * @param outletOrder the outlets to put first, in this order (the publication's own first, say);
     *                    the other quoting outlets follow by how many quotes they carry, then by name
     */
    public QuoteMatrix matrix(List<CoverageQuote> quotes, List<String> outletOrder) {
        List<String> outlets = outlets(quotes, outletOrder);
        Map<String, String> nameToEntityKey = namesOfOneEntity(quotes);
        Map<String, List<CoverageQuote>> bySpeaker = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (CoverageQuote quote : quotes) {
            String name = normal(quote.speaker());
            String key = quote.speakerEntityId() != null ? "entity:" + quote.speakerEntityId()
                    : nameToEntityKey.getOrDefault(name, "name:" + name);
            if (seen.add(key + "\n" + quote.outlet() + "\n" + normal(quote.text()))) {
                bySpeaker.computeIfAbsent(key, k -> new ArrayList<>()).add(quote);
            }
        }
        List<SpeakerRow> rows = new ArrayList<>();
        for (List<CoverageQuote> speakerQuotes : bySpeaker.values()) {
            rows.add(row(speakerQuotes, outlets));
        }
        rows.sort(Comparator.comparingInt(SpeakerRow::outletCount).reversed()
                .thenComparing(Comparator.comparingInt(SpeakerRow::total).reversed())
                .thenComparing(row -> !Character.isUpperCase(row.speaker().codePointAt(0)))
                .thenComparing(SpeakerRow::speaker)
                .thenComparing(row -> row.entityId() == null ? Long.MAX_VALUE : row.entityId()));
        return new QuoteMatrix(List.copyOf(outlets), List.copyOf(rows));
    }

    private static SpeakerRow row(List<CoverageQuote> quotes, List<String> outlets) {
        Map<String, List<CoverageQuote>> byOutlet = new LinkedHashMap<>();
        for (String outlet : outlets) {
            List<CoverageQuote> cell = quotes.stream().filter(q -> q.outlet().equals(outlet)).toList();
            if (!cell.isEmpty()) {
                byOutlet.put(outlet, cell);
            }
        }
        Long entity = quotes.stream().map(CoverageQuote::speakerEntityId).filter(id -> id != null).findFirst()
                .orElse(null);
        return new SpeakerRow(displayName(quotes), entity, Collections.unmodifiableMap(byOutlet));
    }

    private static String displayName(List<CoverageQuote> quotes) {
        Map<String, Integer> uses = new HashMap<>();
        for (CoverageQuote q : quotes) {
            uses.merge(q.speaker().strip().replaceAll("\\s+", " "), 1, Integer::sum);
        }
        return uses.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(e -> -e.getKey().length())
                        .thenComparing(Map.Entry::getKey))
                .findFirst().orElseThrow().getKey();
    }

    /** Names used for exactly one linked entity: an unlinked quote under that name is theirs. */
    private static Map<String, String> namesOfOneEntity(List<CoverageQuote> quotes) {
        Map<String, Set<Long>> entities = new HashMap<>();
        for (CoverageQuote q : quotes) {
            if (q.speakerEntityId() != null) {
                entities.computeIfAbsent(normal(q.speaker()), n -> new HashSet<>()).add(q.speakerEntityId());
            }
        }
        Map<String, String> keys = new HashMap<>();
        entities.forEach((name, ids) -> {
            if (ids.size() == 1) {
                keys.put(name, "entity:" + ids.iterator().next());
            }
        });
        return keys;
    }

    private static List<String> outlets(List<CoverageQuote> quotes, List<String> outletOrder) {
        Map<String, Integer> counts = new HashMap<>();
        quotes.forEach(q -> counts.merge(q.outlet(), 1, Integer::sum));
        Set<String> outlets = new LinkedHashSet<>();
        for (String outlet : outletOrder) {
            if (counts.containsKey(outlet)) {
                outlets.add(outlet);
            }
        }
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .forEach(e -> outlets.add(e.getKey()));
        return new ArrayList<>(outlets);
    }

    private static String normal(String text) {
        return text.strip().replaceAll("[\\s\\p{Pd}]+", " ").replaceAll("[\"“”‘’'.,;:!?]", "").toLowerCase(Locale.ROOT);
    }
}
