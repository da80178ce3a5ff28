package com.kpiplatform.testsupport.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kpiplatform.testsupport.contract.ApiDocument;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * JSON values for the fuzzer: plausible ones built from a schema (types, formats, enums, bounds,
 * required properties, examples), and hostile ones. A hostile value that JSON trees cannot hold
 * (1e309, a lone surrogate, a 400-digit number) is a placeholder that {@link #raw} turns into the
 * exact token once the body is written.
 */
final class Values {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String RAW = "@@raw@@";

    /** Texts that have broken services: control characters, Unicode edge cases, sizes. */
    static final List<String> HOSTILE_TEXTS = List.of("", " ", "\u0000", "a\u0000b", "\u001b[31mred", "line\r\nbreak",
            "tab\there", "e\u0301\u0301\u0301\u0301\u0301", "\u202Eevil\u202C", "\u200b\u200d\ufeff", "😀🙂👩‍👩‍👧",
            "\uFFFF\uFFFE", "x".repeat(100_000), "é".repeat(5_000), "../../etc/passwd", "'; DROP TABLE kpi; --",
            "<script>alert(1)</script>", "%00", "{{7*7}}", "null", "-0", "NaN");

    /** JSON tokens that no tree holds: out-of-range and huge numbers, escaped lone surrogates. */
    static final List<String> RAW_TOKENS = List.of("1e309", "-1e309", "-0", "9".repeat(400), "1E-400",
            "\"\\ud800\"", "\"a\\udfffb\"", "\"NaN\"", "\"Infinity\"", "123456789012345678901234567890123");

    private final ApiDocument document;
    private final Random random;

    Values(ApiDocument document, Random random) {
        this.document = document;
        this.random = random;
    }

    /** A value the schema allows, as far as the fuzzer can tell. */
    JsonNode valid(JsonNode schemaOrRef, int depth) {
        JsonNode schema = document.resolve(schemaOrRef);
        if (schema.has("examples") && schema.get("examples").isArray() && !schema.get("examples").isEmpty()
                && random.nextBoolean()) {
            return pick(schema.get("examples"));
        }
        if (schema.has("enum")) {
            return pick(schema.get("enum"));
        }
        for (String choice : List.of("oneOf", "anyOf", "allOf")) {
            if (schema.has(choice) && !schema.get(choice).isEmpty()) {
                return valid(pick(schema.get(choice)), depth);
            }
        }
        return switch (type(schema)) {
            case "object" -> object(schema, depth);
            case "array" -> array(schema, depth);
            case "integer" -> NODES.numberNode(integer(schema));
            case "number" -> NODES.numberNode(Math.round(random.nextDouble() * 10_000) / 100.0);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.textNode(text(schema));
        };
    }

    /** A value that should be refused, or at least survived: a hostile text, a raw token, or another type. */
    JsonNode hostile() {
        return switch (random.nextInt(4)) {
            case 0 -> NODES.textNode(HOSTILE_TEXTS.get(random.nextInt(HOSTILE_TEXTS.size())));
            case 1 -> NODES.textNode(RAW + RAW_TOKENS.get(random.nextInt(RAW_TOKENS.size())) + RAW);
            case 2 -> List.<JsonNode>of(NODES.booleanNode(true), NODES.arrayNode(), NODES.objectNode(), NODES.nullNode(),
                    NODES.numberNode(-1), NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(0.5)).get(random.nextInt(7));
            default -> hugeArray();
        };
    }

    /** The JSON text with every raw-token placeholder replaced by its token. */
    static String raw(String json) {
        StringBuilder out = new StringBuilder(json.length());
        int from = 0;
        for (int start = json.indexOf('"' + RAW); start >= 0; start = json.indexOf('"' + RAW, from)) {
            int end = json.indexOf(RAW + '"', start + RAW.length() + 1);
            out.append(json, from, start).append(json, start + 1 + RAW.length(), end);
            from = end + RAW.length() + 1;
        }
        return out.append(json.substring(from)).toString();
    }

    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    private JsonNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        if (depth > 4) {
            return object;
        }
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext(); ) {
            Map.Entry<String, JsonNode> property = properties.next();
            boolean readOnly = document.resolve(property.getValue()).path("readOnly").asBoolean(false);
            if (!readOnly && (required.contains(property.getKey()) || random.nextDouble() < 0.6)) {
                object.set(property.getKey(), valid(property.getValue(), depth + 1));
            }
        }
        return object;
    }

    private JsonNode array(JsonNode schema, int depth) {
        ArrayNode array = NODES.arrayNode();
        int min = schema.path("minItems").asInt(0);
        int max = Math.min(schema.path("maxItems").asInt(3), Math.max(min, 3));
        int size = min + random.nextInt(Math.max(1, max - min + 1));
        for (int i = 0; i < size && depth < 6; i++) {
            array.add(valid(schema.path("items"), depth + 1));
        }
        return array;
    }

    private long integer(JsonNode schema) {
        long min = schema.path("minimum").asLong(0);
        long max = Math.min(schema.path("maximum").asLong(min + 100), min + 1_000);
        return min + (long) (random.nextDouble() * (max - min + 1));
    }

    private String text(JsonNode schema) {
        String format = schema.path("format").asText("");
        return switch (format) {
            case "date-time" -> "2026-11-%02dT%02d:00:00Z".formatted(1 + random.nextInt(28), random.nextInt(24));
            case "date" -> "2026-11-%02d".formatted(1 + random.nextInt(28));
            case "duration" -> "PT" + (5 + random.nextInt(60)) + "M";
            case "email" -> "fuzz" + random.nextInt(1000) + "@example.com";
            case "uri", "url" -> "https://example.com/fuzz/" + random.nextInt(1000);
            default -> word(Math.max(1, schema.path("minLength").asInt(1)), Math.min(24, schema.path("maxLength").asInt(24)));
        };
    }

    private String word(int min, int max) {
        int length = min + random.nextInt(Math.max(1, max - min + 1));
        StringBuilder word = new StringBuilder("fuzz");
        while (word.length() < length) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.substring(0, Math.max(min, Math.min(length, word.length())));
    }

    private JsonNode hugeArray() {
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < 10_000; i++) {
            array.add(i);
        }
        return array;
    }

    private JsonNode pick(JsonNode array) {
        return array.get(random.nextInt(array.size()));
    }
}
