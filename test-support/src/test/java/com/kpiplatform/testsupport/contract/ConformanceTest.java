package com.kpiplatform.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conformance check on a small document: what conforms passes, and each kind of drift is named. */
class ConformanceTest {

    private static final String DOCUMENT = """
            openapi: 3.1.0
            paths:
              /api/v1/things/{key}:
                get:
                  parameters:
                  - {name: key, in: path, required: true, schema: {type: string, pattern: "^[a-z]+$"}}
                  - {name: limit, in: query, schema: {type: integer, maximum: 10}}
                  responses:
                    "200":
                      description: The thing
                      headers: {ETag: {schema: {type: string}}}
                      content: {application/json: {schema: {$ref: "#/components/schemas/Thing"}}}
                    "400":
                      description: Invalid
                      content: {application/problem+json: {schema: {$ref: "#/components/schemas/Problem"}}}
                put:
                  parameters:
                  - {name: key, in: path, required: true, schema: {type: string}}
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: {$ref: "#/components/schemas/Thing"}
                        examples:
                          good: {value: {key: a}}
                          stale: {value: {key: a, colour: red}}
                  responses:
                    "204": {description: Stored}
                    "400":
                      description: Invalid
                      content: {application/problem+json: {schema: {$ref: "#/components/schemas/Problem"}}}
            components:
              schemas:
                Thing:
                  type: object
                  required: [key]
                  properties:
                    key: {type: string, examples: [a, 7]}
                    note: {type: [string, "null"]}
                    updatedAt: {type: string, format: date-time}
                Problem:
                  type: object
                  properties:
                    status: {type: integer}
                    title: {type: string}
            """;
    private static final String THING = """
            {"key": "a", "note": null, "updatedAt": "2026-12-02T10:00:00Z"}""";
    private static final String PROBLEM = """
            {"status": 400, "title": "Bad"}""";

    private static Conformance conformance;

    @BeforeAll
    static void readDocument(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("service.yaml");
        Files.writeString(file, DOCUMENT);
        conformance = Conformance.of(file);
    }

    @Test
    void aDocumentedExchangeConforms() {
        assertThat(conformance.violations(get("/api/v1/things/abc", Map.of("limit", List.of("5")),
                answer(200, Map.of("etag", "\"1\""), THING)))).isEmpty();
        assertThat(conformance.violations(put("/api/v1/things/abc", THING, answer(204, Map.of(), "")))).isEmpty();
    }

    @Test
    void aRequiredFieldMissingFromAnAnswerIsNamed() {
        assertThat(violations(200, "{\"note\": null}")).singleElement().asString().contains("key");
    }

    @Test
    void anUndocumentedFieldInAnAnswerIsNamed() {
        assertThat(violations(200, "{\"key\": \"a\", \"secret\": 1}")).singleElement().asString().contains("secret");
    }

    @Test
    void aTimestampWithoutOffsetIsNamed() {
        assertThat(violations(200, "{\"key\": \"a\", \"updatedAt\": \"2026-12-02T10:00:00\"}")).singleElement()
                .asString().contains("updatedAt");
    }

    @Test
    void anUndocumentedStatusIsNamed() {
        assertThat(violations(409, PROBLEM)).singleElement().asString()
                .contains("answered 409, which GET /api/v1/things/{key} does not document");
    }

    @Test
    void anUndocumentedHeaderOrContentTypeIsNamed() {
        assertThat(conformance.violations(get("/api/v1/things/abc", Map.of(),
                answer(200, Map.of("x-internal", "1"), THING)))).singleElement().asString().contains("x-internal");
        assertThat(conformance.violations(get("/api/v1/things/abc", Map.of(),
                new Exchange.Response(200, Map.of(), "text/plain", "a")))).singleElement().asString()
                .contains("'text/plain'");
    }

    @Test
    void aRefusedRequestMayBeInvalidButItsAnswerMustConform() {
        assertThat(conformance.violations(get("/api/v1/things/abc", Map.of("limit", List.of("99")),
                new Exchange.Response(400, Map.of(), "application/problem+json", PROBLEM)))).isEmpty();
        assertThat(conformance.violations(get("/api/v1/things/abc", Map.of("limit", List.of("99")),
                answer(200, Map.of(), THING)))).singleElement().asString()
                .contains("answered 200 to a request its document refuses").contains("limit");
        assertThat(conformance.violations(get("/api/v1/things/abc", Map.of("owner", List.of("x")),
                answer(200, Map.of(), THING)))).singleElement().asString().contains("'owner' is not documented");
        assertThat(conformance.violations(put("/api/v1/things/abc", "{\"note\": \"x\"}",
                answer(204, Map.of(), "")))).singleElement().asString().contains("key");
    }

    @Test
    void anUndocumentedOperationMayOnlyBeRefused() {
        Exchange.Request delete = new Exchange.Request("DELETE", "/api/v1/things/abc", Map.of(), Map.of(), null, null);
        assertThat(conformance.violations(new Exchange(delete,
                new Exchange.Response(405, Map.of(), "application/problem+json", PROBLEM)))).isEmpty();
        assertThat(conformance.violations(new Exchange(delete, answer(200, Map.of(), THING)))).isNotEmpty();
    }

    @Test
    void examplesThatDoNotMatchTheirSchemaAreNamed() {
        assertThat(conformance.exampleViolations()).hasSize(2)
                .anySatisfy(violation -> assertThat(violation).startsWith("#/components/schemas/Thing/properties/key example 7"))
                .anySatisfy(violation -> assertThat(violation).startsWith("PUT /api/v1/things/{key} request application/json example 'stale'")
                        .contains("colour"));
    }

    private static List<String> violations(int status, String body) {
        String contentType = status < 400 ? "application/json" : "application/problem+json";
        return conformance.violations(get("/api/v1/things/abc", Map.of(),
                new Exchange.Response(status, Map.of(), contentType, body)));
    }

    private static Exchange get(String path, Map<String, List<String>> query, Exchange.Response response) {
        return new Exchange(new Exchange.Request("GET", path, query, Map.of(), null, null), response);
    }

    private static Exchange put(String path, String body, Exchange.Response response) {
        return new Exchange(new Exchange.Request("PUT", path, Map.of(), Map.of(), "application/json", body), response);
    }

    private static Exchange.Response answer(int status, Map<String, String> headers, String body) {
        return new Exchange.Response(status, headers, "application/json", body);
    }
}
