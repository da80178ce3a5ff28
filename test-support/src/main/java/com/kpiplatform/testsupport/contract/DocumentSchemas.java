package com.kpiplatform.testsupport.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The schemas of an OpenAPI 3.1 document, ready to validate values against (JSON Schema 2020-12,
 * formats asserted). Objects are closed: a property a schema does not declare is a violation,
 * so an undocumented field in an answer fails the test that receives it.
 */
final class DocumentSchemas {

    private static final String DOCUMENT_IRI = "urn:contract:document";
    private static final String PREFIX = "x-conformance-";
    /** The document's own fields, which the validator reads as the root schema's keywords. */
    private static final List<String> DOCUMENT_FIELDS = List.of("openapi", "info", "servers", "paths", "components",
            "tags", "security", "externalDocs", "webhooks");

    private final Map<JsonNode, String> names = new IdentityHashMap<>();
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();
    private final SchemaRegistry registry;

    /** Prepares {@code root} in place: closes its objects and names every operation's schema. */
    DocumentSchemas(ObjectNode root) {
        ObjectNode components = root.with("components").with("schemas");
        components.fields().forEachRemaining(component -> {
            close(component.getValue());
            names.put(component.getValue(), component.getKey());
        });
        root.path("paths").forEach(path -> {
            path.path("parameters").forEach(parameter -> name(components, parameter.path("schema")));
            path.forEach(operation -> {
                operation.path("parameters").forEach(parameter -> name(components, parameter.path("schema")));
                operation.path("requestBody").path("content").forEach(media -> name(components, media.path("schema")));
                operation.path("responses").forEach(response -> response.path("content")
                        .forEach(media -> name(components, media.path("schema"))));
            });
        });
        String document = root.toString();
        Dialect dialect = Dialect.builder(Dialects.getOpenApi31())
                .keywords(DOCUMENT_FIELDS.stream().map(NonValidationKeyword::new).toList()).build();
        registry = SchemaRegistry.withDialect(dialect, builder -> builder
                .schemas(Map.of(DOCUMENT_IRI, document))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    }

    /** The violations of {@code value} against {@code schema}: a component or an operation's schema. */
    List<String> validate(JsonNode schema, JsonNode value) {
        String name = names.get(schema);
        if (name == null) {
            throw new IllegalArgumentException("Neither a component nor an operation's schema: " + schema);
        }
        Schema validator = compiled.computeIfAbsent(name,
                key -> registry.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#/components/schemas/" + key)));
        return validator.validate(value).stream().map(Error::toString).toList();
    }

    /**
     * Every example the document gives that its schema refuses: those of schemas and their
     * properties, and those of request and response bodies.
     */
    List<String> exampleViolations(JsonNode root) {
        List<String> violations = new ArrayList<>();
        root.path("components").path("schemas").fields().forEachRemaining(component -> {
            if (!component.getKey().startsWith(PREFIX)) {
                schemaExamples("#/components/schemas/" + component.getKey(), component.getValue(), violations);
            }
        });
        root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            String where = operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
            operation.getValue().path("requestBody").path("content").fields().forEachRemaining(media ->
                    mediaExamples(where + " request", media, violations));
            operation.getValue().path("responses").fields().forEachRemaining(response -> response.getValue()
                    .path("content").fields().forEachRemaining(media ->
                            mediaExamples(where + " " + response.getKey(), media, violations)));
        }));
        return violations;
    }

    private void schemaExamples(String pointer, JsonNode schema, List<String> violations) {
        if (schema.path("examples").isArray()) {
            Schema validator = registry.getSchema(SchemaLocation.of(DOCUMENT_IRI + pointer));
            schema.path("examples").forEach(example -> validator.validate(example)
                    .forEach(error -> violations.add(pointer + " example " + example + ": " + error)));
        }
        schema.path("properties").fields().forEachRemaining(
                property -> schemaExamples(pointer + "/properties/" + property.getKey(), property.getValue(), violations));
        if (schema.path("items").isObject()) {
            schemaExamples(pointer + "/items", schema.path("items"), violations);
        }
    }

    /** The examples of a JSON body; those of CSV and NDJSON bodies are text, which no schema describes. */
    private void mediaExamples(String operation, Map.Entry<String, JsonNode> content, List<String> violations) {
        String where = operation + " " + content.getKey();
        JsonNode media = content.getValue();
        if (!content.getKey().equals("application/json") && !content.getKey().endsWith("+json")) {
            return;
        }
        if (!media.has("schema")) {
            violations.add(where + ": a JSON body without a schema");
            return;
        }
        if (!media.path("example").isMissingNode()) {
            validate(media.path("schema"), media.path("example"))
                    .forEach(error -> violations.add(where + " example: " + error));
        }
        media.path("examples").fields().forEachRemaining(example -> validate(media.path("schema"),
                example.getValue().path("value")).forEach(error ->
                        violations.add(where + " example '" + example.getKey() + "': " + error)));
    }

    private void name(ObjectNode components, JsonNode schema) {
        if (schema.isObject() && !names.containsKey(schema)) {
            close(schema);
            String name = PREFIX + names.size();
            names.put(schema, name);
            components.set(name, schema);
        }
    }

    /** Adds {@code unevaluatedProperties: false} to every object schema that declares its properties. */
    private static void close(JsonNode schema) {
        if (!(schema instanceof ObjectNode object)) {
            return;
        }
        if (object.path("properties").isObject() && !object.has("additionalProperties")
                && !object.has("unevaluatedProperties")) {
            object.put("unevaluatedProperties", false);
        }
        object.path("properties").forEach(DocumentSchemas::close);
        close(object.path("items"));
        close(object.path("additionalProperties"));
        for (String applicator : List.of("allOf", "anyOf", "oneOf")) {
            object.path(applicator).forEach(DocumentSchemas::close);
        }
    }
}
