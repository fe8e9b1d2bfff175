package org.parallax.library.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.parallax.library.Block;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Stores an article body as a JSON array of typed blocks, the same text in both databases. */
final class BodyCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BodyCodec() {
    }

    static String encode(List<Block> body) {
        ArrayNode blocks = JSON.createArrayNode();
        for (Block block : body) {
            ObjectNode node = blocks.addObject();
            switch (block) {
                case Block.Paragraph paragraph -> node.put("type", "p").put("text", paragraph.text());
                case Block.Heading heading -> node.put("type", "h").put("text", heading.text());
                case Block.Update update -> {
                    node.put("type", "u").put("text", update.text()).put("at", update.at().toEpochMilli());
                    if (update.credit() != null) {
                        node.put("credit", update.credit());
                    }
                    if (update.tipId() != null) {
                        node.put("tip", update.tipId());
                    }
                }
                case Block.BlockQuote quote -> {
                    node.put("type", "q").put("text", quote.text());
                    if (quote.source() != null) {
                        node.put("source", quote.source().name());
                        node.put("sourceUrl", quote.source().url());
                    }
                }
            }
        }
        return JSON.writeValueAsString(blocks);
    }

    static List<Block> decode(String json) {
        List<Block> body = new ArrayList<>();
        for (JsonNode node : JSON.readTree(json)) {
            String text = node.path("text").asString("");
            switch (node.path("type").asString("p")) {
                case "h" -> body.add(new Block.Heading(text));
                case "q" -> body.add(new Block.BlockQuote(text, citation(node)));
                case "u" -> body.add(new Block.Update(Instant.ofEpochMilli(node.path("at").asLong()), text,
                        node.path("credit").asString(null), node.path("tip").asString(null)));
                default -> body.add(new Block.Paragraph(text));
            }
        }
        return body;
    }

    private static Block.Citation citation(JsonNode node) {
        String name = node.path("source").asString(null);
        String url = node.path("sourceUrl").asString(null);
        return name == null && url == null ? null : new Block.Citation(name, url);
    }
}
