package com.kpiplatform.testsupport.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kpiplatform.testsupport.contract.ApiDocument;
import com.kpiplatform.testsupport.contract.ApiDocument.Operation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Requests for one operation of a document: a valid one from its examples and schemas, or one
 * broken in a chosen way (a hostile parameter, a field missing, of the wrong type, out of range,
 * huge, full of control characters or Unicode edge cases; deep nesting, duplicate keys, a wrong
 * content type, an empty or truncated body).
 */
final class RequestGenerator {

    /** Path parameter values that have broken routers: encoded slashes and dots, NUL, bad escapes, sizes. */
    private static final List<String> HOSTILE_PATH_VALUES = List.of("%2F", "a%2Fb", "..", "%2E%2E", "%2E%2E%2F%2E%2E",
            "%00", "a%00b", "%E0%A4", "%", "%zz", "-1", "0", "99999999999999999999", "1.5", "%F0%9F%98%80",
            "a".repeat(300), "%20", "null", "%0D%0AX-Injected:%201");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiDocument document;
    private final Values values;
    private final Random random;
    /** Tokens that look right and are not: unsigned, signed by nobody, or not a token at all. */
    private static final List<String> FORGED_TOKENS = List.of("eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.",
            "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl", "not-a-token", "", "a".repeat(5_000));

    private final Map<String, List<String>> known;
    private final String token;

    /**
     * @param known values of path parameters that name things that exist, by parameter name
     * @param token the bearer token of a caller allowed everything, sent unless the mutation is about credentials
     */
    RequestGenerator(ApiDocument document, Random random, Map<String, List<String>> known, String token) {
        this.document = document;
        this.values = new Values(document, random);
        this.random = random;
        this.known = known;
        this.token = token;
    }

    FuzzRequest next(Operation operation) {
        Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
        if (mutation.needsBody() && operation.bodies().isEmpty()) {
            mutation = Mutation.HOSTILE_QUERY;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (mutation != Mutation.NO_CREDENTIALS) {
            headers.put("Authorization", "Bearer " + (mutation == Mutation.FORGED_CREDENTIALS ? pick(FORGED_TOKENS) : token));
        }
        String target = target(operation, mutation);
        if (operation.bodies().isEmpty()) {
            return new FuzzRequest(operation.method(), target, headers, null, null, mutation.name());
        }
        Map.Entry<String, JsonNode> media = pick(new ArrayList<>(operation.bodies().entrySet()));
        String contentType = mutation == Mutation.WRONG_CONTENT_TYPE
                ? List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "image/png", "*/*")
                        .get(random.nextInt(5))
                : media.getKey();
        return new FuzzRequest(operation.method(), target, headers, contentType, body(media, mutation), mutation.name());
    }

    private String target(Operation operation, Mutation mutation) {
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.parameters()) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            boolean hostile = (mutation == Mutation.HOSTILE_PATH && "path".equals(in))
                    || (mutation == Mutation.HOSTILE_QUERY && "query".equals(in) && random.nextBoolean());
            if ("path".equals(in)) {
                path = path.replace("{" + name + "}", hostile ? pick(HOSTILE_PATH_VALUES) : encode(pathValue(name, parameter)));
            } else if ("query".equals(in) && (hostile || random.nextDouble() < 0.4)) {
                query.append(query.isEmpty() ? "?" : "&").append(encode(name)).append('=')
                        .append(hostile ? hostileQueryValue() : encode(text(values.valid(parameter.path("schema"), 0))));
            }
        }
        if (mutation == Mutation.HOSTILE_QUERY) {
            query.append(query.isEmpty() ? "?" : "&").append("unknown%5B%5D=").append(hostileQueryValue());
        }
        return path + query;
    }

    private String pathValue(String name, JsonNode parameter) {
        List<String> existing = known.getOrDefault(name, List.of());
        if (!existing.isEmpty() && random.nextDouble() < 0.6) {
            return pick(existing);
        }
        JsonNode example = parameter.path("example");
        return example.isMissingNode() ? text(values.valid(parameter.path("schema"), 0)) : example.asText();
    }

    private String hostileQueryValue() {
        return random.nextBoolean() ? pick(HOSTILE_PATH_VALUES)
                : encode(Values.HOSTILE_TEXTS.get(random.nextInt(Values.HOSTILE_TEXTS.size() - 3)));
    }

    private byte[] body(Map.Entry<String, JsonNode> media, Mutation mutation) {
        if (mutation == Mutation.EMPTY_BODY) {
            return new byte[0];
        }
        JsonNode schema = media.getValue().path("schema");
        String type = media.getKey();
        if (!type.contains("json") || type.contains("ndjson")) {
            return textBody(type, mutation).getBytes(StandardCharsets.UTF_8);
        }
        JsonNode body = exampleOrValid(media.getValue(), schema);
        String text = switch (mutation) {
            case MISSING_FIELD -> write(without(body, schema));
            case HOSTILE_FIELD -> write(withField(body, values.hostile()));
            case UNKNOWN_FIELD -> write(withExtra(body));
            case DEEP_NESTING -> "[".repeat(5_000) + "]".repeat(5_000);
            case DUPLICATE_KEYS -> duplicateFirstKey(write(body));
            case TRUNCATED -> truncate(write(body));
            case WRONG_TOP_LEVEL -> write(body.isArray() ? JsonNodeFactory.instance.objectNode() : JsonNodeFactory.instance
                    .arrayNode().add(body));
            default -> write(body);
        };
        return Values.raw(text).getBytes(StandardCharsets.UTF_8);
    }

    /** NDJSON, CSV and other text bodies: a few lines, some of them hostile. */
    private String textBody(String type, Mutation mutation) {
        String line = mutation == Mutation.VALID ? "fuzz" : pick(Values.HOSTILE_TEXTS.subList(0, 12));
        if (type.contains("csv")) {
            return "kpiKey,timestamp,value\nsales.fuzz,2026-11-01T00:00:00Z,1\n" + line + ",2026-11-01T00:00:00Z,"
                    + pick(Values.RAW_TOKENS) + "\n";
        }
        return "{\"kpiKey\":\"sales.fuzz\",\"timestamp\":\"2026-11-01T00:00:00Z\",\"value\":1}\n{\"kpiKey\":\""
                + line.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"value\":" + pick(Values.RAW_TOKENS) + "}\n";
    }

    private JsonNode exampleOrValid(JsonNode media, JsonNode schema) {
        List<JsonNode> examples = new ArrayList<>();
        media.path("examples").forEach(example -> examples.add(example.path("value")));
        if (!media.path("example").isMissingNode()) {
            examples.add(media.get("example"));
        }
        return !examples.isEmpty() && random.nextDouble() < 0.7 ? pick(examples).deepCopy() : values.valid(schema, 0);
    }

    private JsonNode without(JsonNode body, JsonNode schema) {
        JsonNode resolved = document.resolve(schema);
        if (body instanceof ObjectNode object && !resolved.path("required").isEmpty()) {
            object.remove(pick(resolved.path("required")).asText());
        } else if (body instanceof ObjectNode object && object.size() > 0) {
            object.remove(pick(fieldNames(object)));
        }
        return body;
    }

    /** The body with one field (at any depth) replaced by a hostile value. */
    private JsonNode withField(JsonNode body, JsonNode hostile) {
        if (body instanceof ObjectNode object && object.size() > 0) {
            String field = pick(fieldNames(object));
            JsonNode inner = object.get(field);
            if ((inner.isObject() || inner.isArray()) && random.nextBoolean()) {
                withField(inner, hostile);
            } else {
                object.set(field, hostile);
            }
        } else if (body.isArray() && !body.isEmpty()) {
            withField(body.get(random.nextInt(body.size())), hostile);
        }
        return body;
    }

    private JsonNode withExtra(JsonNode body) {
        if (body instanceof ObjectNode object) {
            object.set("fuzzUnknownField", values.hostile());
        }
        return body;
    }

    private static String duplicateFirstKey(String json) {
        if (!json.startsWith("{\"")) {
            return json;
        }
        int colon = json.indexOf("\":");
        return "{" + json.substring(1, colon + 2) + "\"duplicate\"," + json.substring(1);
    }

    private String truncate(String json) {
        return json.isEmpty() ? json : json.substring(0, random.nextInt(json.length()));
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static String text(JsonNode value) {
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static String write(JsonNode body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private JsonNode pick(JsonNode array) {
        return array.get(random.nextInt(array.size()));
    }
}
