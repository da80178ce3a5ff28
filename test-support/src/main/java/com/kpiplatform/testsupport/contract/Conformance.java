package com.kpiplatform.testsupport.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kpiplatform.testsupport.contract.ApiDocument.Operation;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a request and its answer are what a service's committed OpenAPI document says: the
 * operation, its parameters and body; the answer's status, content type, headers and body.
 *
 * <p>A request the document refuses (a test sending bad input on purpose) must be refused by the
 * service too, with an answer that still conforms. Only the service accepting it is a violation.
 */
public final class Conformance {

    /** Headers of the transport, which no operation documents. */
    private static final Set<String> TRANSPORT_HEADERS = Set.of("content-type", "content-length", "transfer-encoding",
            "connection", "keep-alive", "date");
    /**
     * Limits of the HTTP server that any request can hit before an operation is chosen: a request
     * line or headers too long. Every service answers them as problems; no operation lists them.
     */
    private static final Set<Integer> TRANSPORT_LIMITS = Set.of(414, 431);
    /** What a request that matches no operation may get: refused, never served. */
    private static final Set<Integer> NO_OPERATION = Set.of(400, 404, 405, 414, 431);
    private static final String PROBLEM = "application/problem+json";
    /** Where an operation documents query parameters of variable name by their prefix ({@code dim.region}). */
    private static final String QUERY_PREFIXES = "x-query-parameter-prefixes";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiDocument document;
    private final DocumentSchemas schemas;

    private Conformance(ObjectNode root) {
        this.schemas = new DocumentSchemas(root);
        this.document = ApiDocument.of(root);
    }

    /** Every example of the document that does not match its schema; empty when all do. */
    public List<String> exampleViolations() {
        return schemas.exampleViolations(document.root());
    }

    /** The check for the document in {@code file}. */
    public static Conformance of(Path file) {
        return new Conformance((ObjectNode) ApiDocument.readTree(file));
    }

    /** What in the exchange the document does not allow; empty when it conforms. */
    public List<String> violations(Exchange exchange) {
        Exchange.Request request = exchange.request();
        Exchange.Response response = exchange.response();
        Optional<Operation> operation = document.find(request.method(), request.path());
        List<String> refused = operation.map(found -> requestViolations(found, request))
                .orElse(List.of("no operation %s %s is documented".formatted(request.method(), request.path())));
        List<String> violations = new ArrayList<>(operation.isEmpty() || TRANSPORT_LIMITS.contains(response.status())
                ? problemViolations(response) : responseViolations(operation.get(), response));
        if (!refused.isEmpty() && response.status() < 400) {
            violations.add("the service answered " + response.status() + " to a request its document refuses: "
                    + refused);
        }
        return violations;
    }

    private List<String> requestViolations(Operation operation, Exchange.Request request) {
        List<String> violations = new ArrayList<>();
        Map<String, String> pathValues = operation.pathValues(request.path());
        Set<String> documentedQuery = new TreeSet<>();
        for (JsonNode parameter : operation.parameters()) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            List<String> values = switch (in) {
                case "query" -> {
                    documentedQuery.add(name);
                    yield given(request.query().getOrDefault(name, List.of()));
                }
                case "path" -> Optional.ofNullable(pathValues.get(name)).map(List::of).orElse(List.of());
                case "header" -> Optional.ofNullable(request.headers().get(name.toLowerCase(Locale.ROOT)))
                        .map(List::of).orElse(List.of());
                default -> List.of();
            };
            if (values.isEmpty()) {
                if (parameter.path("required").asBoolean(false)) {
                    violations.add("required " + in + " parameter '" + name + "' is missing");
                }
                continue;
            }
            JsonNode schema = parameter.path("schema");
            schemas.validate(schema, parameterValue(document.resolve(schema), values))
                    .forEach(error -> violations.add(in + " parameter '" + name + "': " + error));
        }
        List<String> prefixes = new ArrayList<>();
        operation.definition().path(QUERY_PREFIXES).forEach(prefix -> prefixes.add(prefix.asText()));
        request.query().keySet().stream().filter(name -> !documentedQuery.contains(name))
                .filter(name -> prefixes.stream().noneMatch(name::startsWith))
                .forEach(name -> violations.add("query parameter '" + name + "' is not documented"));
        violations.addAll(bodyViolations(operation, request));
        return violations;
    }

    private List<String> bodyViolations(Operation operation, Exchange.Request request) {
        boolean required = operation.definition().path("requestBody").path("required").asBoolean(false);
        if (request.body() == null || request.body().isEmpty()) {
            return required ? List.of("the request body is required") : List.of();
        }
        if (operation.bodies().isEmpty()) {
            return List.of("the operation takes no request body");
        }
        String mediaType = mediaType(request.contentType());
        JsonNode media = operation.bodies().get(mediaType);
        if (media == null) {
            return List.of("request Content-Type '%s' is not one of %s".formatted(mediaType,
                    operation.bodies().keySet()));
        }
        return jsonViolations("request body", media.path("schema"), mediaType, request.body());
    }

    private List<String> responseViolations(Operation operation, Exchange.Response response) {
        JsonNode responses = operation.definition().path("responses");
        String status = String.valueOf(response.status());
        JsonNode documented = responses.path(status);
        if (documented.isMissingNode()) {
            documented = responses.path(status.charAt(0) + "XX");
        }
        if (documented.isMissingNode()) {
            documented = responses.path("default");
        }
        if (documented.isMissingNode()) {
            return List.of("answered %s, which %s does not document (it documents %s)".formatted(status, operation,
                    names(responses)));
        }
        List<String> violations = new ArrayList<>(headerViolations(documented, response));
        violations.addAll(contentViolations(documented, response));
        return violations;
    }

    private List<String> headerViolations(JsonNode documented, Exchange.Response response) {
        Set<String> allowed = new TreeSet<>(TRANSPORT_HEADERS);
        documented.path("headers").fieldNames().forEachRemaining(name -> allowed.add(name.toLowerCase(Locale.ROOT)));
        return response.headers().keySet().stream().filter(name -> !allowed.contains(name))
                .map(name -> "answered with header '%s', which the %s response does not document".formatted(name,
                        response.status()))
                .toList();
    }

    private List<String> contentViolations(JsonNode documented, Exchange.Response response) {
        JsonNode content = documented.path("content");
        boolean empty = response.body() == null || response.body().isEmpty();
        if (empty) {
            return content.isEmpty() || response.status() == 204 ? List.of()
                    : List.of("answered %s without a body; the document promises %s".formatted(response.status(),
                            names(content)));
        }
        String mediaType = mediaType(response.contentType());
        JsonNode media = content.path(mediaType);
        if (media.isMissingNode()) {
            return List.of("answered %s as '%s', which is not one of the documented %s".formatted(response.status(),
                    mediaType, names(content)));
        }
        return jsonViolations("response body", media.path("schema"), mediaType, response.body());
    }

    /** An answer to an undocumented operation, or from a transport limit, may only be a problem. */
    private List<String> problemViolations(Exchange.Response response) {
        if (!NO_OPERATION.contains(response.status())) {
            return List.of("answered %s to an undocumented operation".formatted(response.status()));
        }
        String mediaType = mediaType(response.contentType());
        if (!mediaType.equals(PROBLEM)) {
            return List.of("answered %s as '%s', not as %s".formatted(response.status(), mediaType, PROBLEM));
        }
        JsonNode problem = document.root().path("components").path("schemas").path("Problem");
        return jsonViolations("response body", problem, mediaType, response.body());
    }

    private List<String> jsonViolations(String what, JsonNode schema, String mediaType, String body) {
        if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
            return List.of();
        }
        try {
            return schemas.validate(schema, JSON.readTree(body)).stream().map(error -> what + " " + error).toList();
        } catch (IOException e) {
            return List.of(what + " is not JSON: " + e.getMessage());
        }
    }

    /** The values of a query parameter that say something: {@code ?status=} is no filter at all. */
    private static List<String> given(List<String> values) {
        return values.stream().filter(value -> !value.isEmpty()).toList();
    }

    /** A parameter's text as the JSON value its schema describes: a number, a boolean, an array. */
    private JsonNode parameterValue(JsonNode schema, List<String> values) {
        if (schema.path("type").asText().equals("array")) {
            var array = JsonNodeFactory.instance.arrayNode();
            values.forEach(value -> array.add(scalar(document.resolve(schema.path("items")), value)));
            return array;
        }
        return scalar(schema, values.get(0));
    }

    private static JsonNode scalar(JsonNode schema, String value) {
        try {
            return switch (schema.path("type").asText()) {
                case "integer", "number" -> JsonNodeFactory.instance.numberNode(new BigDecimal(value));
                case "boolean" -> value.equals("true") || value.equals("false")
                        ? JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(value))
                        : JsonNodeFactory.instance.textNode(value);
                default -> JsonNodeFactory.instance.textNode(value);
            };
        } catch (NumberFormatException e) {
            return JsonNodeFactory.instance.textNode(value);
        }
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> fields = node.fieldNames(); fields.hasNext(); ) {
            names.add(fields.next());
        }
        return names;
    }
}
