package org.parallax.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.parallax.library.AccessLevel;
import org.parallax.library.ArticleDraft;
import org.parallax.library.ArticleKind;
import org.parallax.library.CanonicalUrl;
import org.parallax.library.InvalidArticle;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one JSONL line into an article draft. Fields: {@code url}, {@code outlet}, {@code title},
 * {@code published}, {@code text}; optional {@code id}, {@code author}, {@code kind}, {@code dek},
 * {@code language}, {@code access}. Unknown fields are ignored. Every refusal names the field.
 */
final class JsonRecords {

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private final String fallbackOutlet;

    /** @param fallbackOutlet the outlet of records that name none, or null to refuse them */
    JsonRecords(String fallbackOutlet) {
        this.fallbackOutlet = fallbackOutlet;
    }

    /** A draft with the warnings met on the way, or the reason there is none. */
    record Reading(ArticleDraft draft, List<String> warnings, String error) {

        static Reading refused(String error) {
            return new Reading(null, List.of(), error);
        }
    }

    Reading read(String line) {
        JsonNode record;
        try {
            record = mapper.readTree(line);
        } catch (JacksonException e) {
            return Reading.refused("invalid JSON (" + firstLine(e.getOriginalMessage()) + ")");
        }
        if (record == null || !record.isObject()) {
            return Reading.refused("a line must hold one JSON object, not " + describe(record));
        }
        try {
            return draft(record);
        } catch (IllegalArgumentException | InvalidArticle e) {
            return Reading.refused(e.getMessage());
        }
    }

    private Reading draft(JsonNode record) {
        List<String> warnings = new ArrayList<>();
        String url = required(record, "url");
        CanonicalUrl.of(url);
        String outlet = text(record, "outlet");
        if (outlet == null || outlet.isBlank()) {
            if (fallbackOutlet == null) {
                throw new IllegalArgumentException("outlet is missing");
            }
            outlet = fallbackOutlet;
        }
        String title = text(record, "title");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title is empty");
        }
        PublishedDates.Reading published = PublishedDates.read("published", required(record, "published"));
        if (published.warning() != null) {
            warnings.add(published.warning());
        }
        String body = text(record, "text");
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("text is empty");
        }
        ArticleKind kind = code(record, "kind", ArticleKind::fromCode, ArticleKind.codes());
        AccessLevel access = code(record, "access", AccessLevel::fromCode, AccessLevel.codes());
        return new Reading(new ArticleDraft(blankToNull(text(record, "id")), url, outlet, title,
                text(record, "dek"), text(record, "author"), kind, access, text(record, "language"),
                published.instant(), null, Paragraphs.of(body)), warnings, null);
    }

    private static String required(JsonNode record, String field) {
        String value = text(record, field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value;
    }

    /** The string value of a field, null when absent or JSON null. */
    private static String text(JsonNode record, String field) {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new IllegalArgumentException(field + " must be a string, not " + describe(value));
        }
        return value.stringValue();
    }

    private static <T> T code(JsonNode record, String field, Function<String, Optional<T>> parse,
            String codes) {
        String value = text(record, field);
        if (value == null || value.isBlank()) {
            return null;
        }
        return parse.apply(value).orElseThrow(
                () -> new IllegalArgumentException(field + " must be one of " + codes + ", not " + value.strip()));
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        String type = node.getNodeType().name().toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
