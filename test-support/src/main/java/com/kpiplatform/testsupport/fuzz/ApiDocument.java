package com.kpiplatform.testsupport.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A committed OpenAPI document as the contract tests read it: its operations, their parameters,
 * bodies and security requirements, its schemas.
 */
public final class ApiDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** One operation: its parameters, by media type the body it takes, and its security requirements. */
    public record Operation(String method, String path, List<JsonNode> parameters, Map<String, JsonNode> bodies,
            JsonNode security) {

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    private final JsonNode root;

    private ApiDocument(JsonNode root) {
        this.root = root;
    }

    public static ApiDocument read(Path file) {
        try {
            return new ApiDocument(new YAMLMapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                List<JsonNode> parameters = new ArrayList<>();
                path.getValue().path("parameters").forEach(parameters::add);
                method.getValue().path("parameters").forEach(parameters::add);
                Map<String, JsonNode> bodies = new LinkedHashMap<>();
                method.getValue().path("requestBody").path("content").fields()
                        .forEachRemaining(media -> bodies.put(media.getKey(), media.getValue()));
                operations.add(new Operation(method.getKey(), path.getKey(), parameters, bodies,
                        method.getValue().path("security")));
            }
        }
        return operations;
    }

    /** The schema itself, or the component a {@code $ref} names. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema == null ? MissingNode.getInstance() : schema;
        for (int depth = 0; current.has("$ref") && depth < 20; depth++) {
            String ref = current.get("$ref").asText();
            current = root.at(ref.substring(1));
        }
        return current;
    }
}
