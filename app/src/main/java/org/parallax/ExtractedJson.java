package org.parallax;

import java.util.LinkedHashMap;
import java.util.Map;
import org.parallax.ingest.ExtractedArticle;
import org.parallax.library.Block;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON that {@code parallax extract} prints: a whole article, or one evaluation line per page. */
final class ExtractedJson {

    private static final JsonMapper LINES = JsonMapper.builder().build();
    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ExtractedJson() {
    }

    static String article(ExtractedArticle article) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", article.title());
        json.put("byline", article.byline());
        json.put("published", article.published() == null ? null : article.published().toString());
        json.put("updated", article.updated() == null ? null : article.updated().toString());
        json.put("language", article.language());
        json.put("canonicalUrl", article.canonicalUrl());
        json.put("leadImage", article.leadImage());
        json.put("description", article.description());
        json.put("body", article.body().stream().map(ExtractedJson::block).toList());
        json.put("text", article.text());
        return PRETTY.writeValueAsString(json);
    }

    /** One line for the scorer; a page that failed still gets its line, with no text. */
    static String line(String file, ExtractedArticle article) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file);
        json.put("title", article == null ? null : article.title());
        json.put("byline", article == null ? null : article.byline());
        json.put("published", article == null || article.published() == null ? null : article.published().toString());
        json.put("text", article == null ? "" : article.text());
        return LINES.writeValueAsString(json);
    }

    private static Map<String, Object> block(Block block) {
        Map<String, Object> json = new LinkedHashMap<>();
        switch (block) {
            case Block.Paragraph paragraph -> json.put("type", "paragraph");
            case Block.Heading heading -> json.put("type", "heading");
            case Block.Update update -> {
                json.put("type", "update");
                json.put("at", update.at().toString());
            }
            case Block.BlockQuote quote -> {
                json.put("type", "quote");
                if (quote.source() != null) {
                    Map<String, String> source = new LinkedHashMap<>();
                    source.put("name", quote.source().name());
                    source.put("url", quote.source().url());
                    json.put("source", source);
                }
            }
        }
        json.put("text", block.text());
        return json;
    }
}
