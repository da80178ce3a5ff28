package com.kpiplatform.testsupport.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A committed OpenAPI document as the contract tests read it: its operations, their parameters,
 * bodies and security requirements, its schemas.
 */
public final class ApiDocument {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /**
     * One operation: its parameters, by media type the body it takes, its security requirements and
     * the whole definition (for its request body's {@code required} and its responses), and the
     * pattern of its concrete paths.
     */
    public record Operation(String method, String path, List<JsonNode> parameters, Map<String, JsonNode> bodies,
            JsonNode security, JsonNode definition, Pattern template) {

        Operation(String method, String path, List<JsonNode> parameters, Map<String, JsonNode> bodies,
                JsonNode security, JsonNode definition) {
            this(method, path, parameters, bodies, security, definition, Pattern.compile(
                    Pattern.quote(path).replaceAll(PATH_PARAMETER.pattern(), "\\\\E([^/]+)\\\\Q")));
        }

        /** Whether a concrete path, without query, is one of this operation's. */
        boolean matches(String method, String concretePath) {
            return this.method.equalsIgnoreCase(method) && template.matcher(concretePath).matches();
        }

        /** The values of the path's parameters in a concrete path of this operation, by name. */
        public Map<String, String> pathValues(String concretePath) {
            Matcher concrete = template.matcher(concretePath);
            Matcher names = PATH_PARAMETER.matcher(path);
            Map<String, String> values = new LinkedHashMap<>();
            if (concrete.matches()) {
                for (int group = 1; names.find(); group++) {
                    values.put(names.group(1), URLDecoder.decode(concrete.group(group), StandardCharsets.UTF_8));
                }
            }
            return values;
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    private final JsonNode root;
    private List<Operation> operations;

    private ApiDocument(JsonNode root) {
        this.root = root;
    }

    public static ApiDocument read(Path file) {
        return of(readTree(file));
    }

    /** A document already read, for example one prepared for validation. */
    static ApiDocument of(JsonNode root) {
        return new ApiDocument(root);
    }

    static JsonNode readTree(Path file) {
        try {
            return new YAMLMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    public synchronized List<Operation> operations() {
        if (operations == null) {
            operations = List.copyOf(read());
        }
        return operations;
    }

    private List<Operation> read() {
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
                        method.getValue().path("security"), method.getValue()));
            }
        }
        return operations;
    }

    /** The documented operation a request goes to, if any; a literal path segment wins over a template. */
    public Optional<Operation> find(String method, String concretePath) {
        return operations().stream().filter(operation -> operation.matches(method, concretePath))
                .min(Comparator.comparingInt(operation -> operation.path().split("\\{").length));
    }

    /** The whole document. */
    public JsonNode root() {
        return root;
    }

    /** The schema itself, or the component a {@code $ref} names. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema == null ? MissingNode.getInstance() : schema;
        for (int depth = 0; current.has("$ref") && depth < 20; depth++) {
            String ref = current.get("$ref").asText();
            current = root.at(ref.substring(1));
        }
        return current;
    }
}
