package com.kpiplatform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The rules of openapi/CONVENTIONS.md that a program can check, over every committed document. */
class ConventionsTest {

    static final List<String> SERVICES = Documents.SERVICES;
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Set<String> SINGLETONS = Set.of("info", "kpi-health", "kpi-lookup", "kpi-evaluation-view",
            "scorecard");
    private static final Map<String, String> SYNONYMS = Map.of("owner", "ownerTeam", "team", "ownerTeam",
            "channel", "channelId");
    private static final String CAMEL = "[a-z][a-zA-Z0-9]*";

    @ParameterizedTest
    @FieldSource("SERVICES")
    void pathsAndOperationsAreNamedAlike(String service) {
        List<String> violations = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        forEachOperation(service, (operation, node) -> {
            String path = operation.split(" ", 2)[1];
            if (!path.startsWith("/api/v1/")) {
                violations.add(operation + ": not under /api/v1/");
            }
            String[] segments = path.substring("/api/v1/".length()).split("/");
            for (String segment : segments) {
                if (!segment.startsWith("{") && !segment.matches("[a-z0-9]+(-[a-z0-9]+)*(\\.png)?")) {
                    violations.add(operation + ": segment '" + segment + "' is not lowercase kebab-case");
                }
            }
            if (!SINGLETONS.contains(segments[0]) && !segments[0].endsWith("s")) {
                violations.add(operation + ": collection '" + segments[0] + "' is not a plural noun");
            }
            String operationId = node.path("operationId").asText();
            if (!operationId.matches("[a-z]+[A-Z][a-zA-Z0-9]*")) {
                violations.add(operation + ": operationId '" + operationId + "' is not camelCase, verb first");
            }
            if (!operationIds.add(operationId)) {
                violations.add(operation + ": operationId '" + operationId + "' is used twice");
            }
            for (JsonNode parameter : node.path("parameters")) {
                String name = parameter.path("name").asText();
                if (parameter.path("in").asText().equals("query") && (!name.matches(CAMEL) || SYNONYMS.containsKey(name))) {
                    violations.add(operation + ": query parameter '" + name + "'"
                            + (SYNONYMS.containsKey(name) ? " is called " + SYNONYMS.get(name) + " everywhere" : " is not camelCase"));
                }
            }
        });
        assertThat(violations).as("naming conventions broken in %s", service).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void propertiesAreCamelCaseAndInstantsAreDateTimes(String service) {
        List<String> violations = new ArrayList<>();
        JsonNode document = Documents.read(Documents.current(service));
        JsonNode schemas = document.path("components").path("schemas");
        for (Iterator<Map.Entry<String, JsonNode>> it = schemas.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> schema = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> properties = schema.getValue().path("properties").fields();
                    properties.hasNext(); ) {
                Map.Entry<String, JsonNode> property = properties.next();
                String where = schema.getKey() + "." + property.getKey();
                if (!property.getKey().matches(CAMEL)) {
                    violations.add(where + " is not camelCase");
                }
                if (property.getKey().endsWith("At") && !isInstant(document, property.getValue())) {
                    violations.add(where + " is an instant but not format date-time");
                }
            }
        }
        assertThat(violations).as("property conventions broken in %s", service).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void everyListAnswersAnEnvelopeAndWritesAndErrorsLookAlike(String service) {
        JsonNode document = Documents.read(Documents.current(service));
        List<String> violations = new ArrayList<>();
        forEachOperation(service, (operation, node) -> {
            JsonNode responses = node.path("responses");
            if (node.path("operationId").asText().startsWith("list")) {
                checkEnvelope(document, operation, node, violations);
            }
            if (operation.startsWith("POST") && responses.has("201")
                    && !responses.path("201").path("headers").has("Location")) {
                violations.add(operation + ": 201 without a Location header");
            }
            if (operation.startsWith("PUT") && responses.has("412")) {
                if (!responses.has("428")) {
                    violations.add(operation + ": takes If-Match (412) but does not require it (428)");
                }
                String path = operation.substring(4);
                JsonNode get = document.path("paths").path(path).path("get");
                if (!get.path("responses").path("200").path("headers").has("ETag")) {
                    violations.add(operation + ": versioned, but GET " + path + " documents no ETag");
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> response = it.next();
                checkHeaders(operation, response.getKey(), response.getValue().path("headers"), violations);
                if (response.getValue().has("content") && response.getValue().get("content").isEmpty()) {
                    violations.add(operation + ": " + response.getKey() + " has a body of no media type");
                }
                if (response.getKey().matches("[45]\\d\\d") && !isProblem(response.getValue())) {
                    violations.add(operation + ": " + response.getKey() + " is not application/problem+json with Problem");
                }
            }
        });
        assertThat(violations).as("list, write and error conventions broken in %s", service).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void everyJsonBodyShowsAnExample(String service) {
        List<String> violations = new ArrayList<>();
        forEachOperation(service, (operation, node) -> {
            if (!hasExample(node.path("requestBody").path("content"))) {
                violations.add(operation + ": its JSON request body has no example");
            }
            node.path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2") && !hasExample(response.getValue().path("content"))) {
                    violations.add(operation + ": its " + response.getKey() + " answer has no example");
                }
            });
        });
        assertThat(violations).as("bodies without examples in %s", service).isEmpty();
    }

    /** Whether a JSON body, if the content has one, shows an example. */
    private static boolean hasExample(JsonNode content) {
        JsonNode json = content.path("application/json");
        return json.isMissingNode() || json.has("example") || !json.path("examples").isEmpty();
    }

    private static void checkHeaders(String operation, String status, JsonNode headers, List<String> violations) {
        List<String> expected = new ArrayList<>(List.of("X-Request-Id"));
        if (status.equals("401")) {
            expected.add("WWW-Authenticate");
        }
        if (status.equals("429") || status.equals("503")) {
            expected.add("Retry-After");
        }
        expected.stream().filter(header -> !headers.has(header))
                .forEach(header -> violations.add(operation + ": " + status + " does not document " + header));
    }

    private static void checkEnvelope(JsonNode document, String operation, JsonNode node, List<String> violations) {
        JsonNode schema = resolve(document, node.path("responses").path("200").path("content").path("application/json")
                .path("schema"));
        JsonNode properties = schema.path("properties");
        boolean paged = properties.has("items") && properties.has("page") && properties.has("size") && properties.has("total");
        boolean cursor = properties.has("items") && properties.has("nextCursor");
        if (!paged && !cursor) {
            violations.add(operation + ": a list that does not answer {items, page, size, total} or {items, nextCursor}");
            return;
        }
        List<String> parameters = new ArrayList<>();
        node.path("parameters").forEach(parameter -> parameters.add(parameter.path("name").asText()));
        if (paged && !parameters.containsAll(List.of("page", "size"))) {
            violations.add(operation + ": a paged list without the page and size parameters");
        }
    }

    /** An instant, or a map of instants by key (a KPI's last measurement by KPI key); either may be null. */
    private static boolean isInstant(JsonNode document, JsonNode schema) {
        JsonNode resolved = resolve(document, schema.has("anyOf") ? schema.path("anyOf").path(0) : schema);
        JsonNode value = resolved.has("additionalProperties") ? resolve(document, resolved.get("additionalProperties")) : resolved;
        return value.path("format").asText().equals("date-time");
    }

    private static boolean isProblem(JsonNode response) {
        JsonNode content = response.path("content");
        return content.size() == 1 && content.path("application/problem+json").path("schema").path("$ref").asText()
                .endsWith("/Problem");
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    private static void forEachOperation(String service, BiConsumer<String, JsonNode> check) {
        JsonNode paths = Documents.read(Documents.current(service)).path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (METHODS.contains(method.getKey())) {
                    check.accept(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
                }
            }
        }
    }
}
