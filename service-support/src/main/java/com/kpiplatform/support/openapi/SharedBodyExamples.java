package com.kpiplatform.support.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Gives every JSON body without an example of its own one built from what is written elsewhere:
 * the example of an operation with the same schema (the KPI that {@code getKpi} shows is also what
 * {@code updateKpi} answers), else one assembled from the examples of the schema's properties (a
 * page of KPIs holds the KPI example). So an example is written once, and every operation shows
 * one. Each service's {@code PlatformEndpointsTest} validates them all against their schemas.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SharedBodyExamples implements OASFilter {

    /** Deep enough for a page of objectives with their key results; bounds the self-referencing schemas. */
    private static final int DEPTH = 12;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        List<Operation> operations = openAPI.getPaths().getPathItems().values().stream()
                .flatMap(path -> path.getOperations().values().stream()).toList();
        Map<String, Object> written = new HashMap<>();
        operations.forEach(operation -> forEachJsonBody(operation, media -> firstExample(media)
                .filter(example -> media.getSchema().getRef() != null)
                .ifPresent(example -> written.putIfAbsent(media.getSchema().getRef(), example))));
        Map<String, Schema> components = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of() : openAPI.getComponents().getSchemas();
        Examples examples = new Examples(written, components);
        operations.forEach(operation -> forEachJsonBody(operation, media -> {
            if (firstExample(media).isEmpty()) {
                Optional.ofNullable(examples.of(media.getSchema(), 0))
                        .ifPresent(value -> media.addExample("example", OASFactory.createExample().value(value)));
            }
        }));
    }

    /** The JSON request body and the JSON bodies of 2xx answers. */
    private static void forEachJsonBody(Operation operation, Consumer<MediaType> action) {
        List<Content> contents = new ArrayList<>();
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            contents.add(operation.getRequestBody().getContent());
        }
        if (operation.getResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("2") && response.getContent() != null) {
                    contents.add(response.getContent());
                }
            });
        }
        contents.stream().map(content -> content.getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON))
                .filter(media -> media != null && media.getSchema() != null)
                .forEach(action);
    }

    private static Optional<Object> firstExample(MediaType media) {
        if (media.getExample() != null) {
            return Optional.of(media.getExample());
        }
        return media.getExamples() == null ? Optional.empty() : media.getExamples().values().stream()
                .map(example -> example.getValue()).filter(Objects::nonNull).findFirst();
    }

    /** Examples of schemas: the written one of a component, else assembled from its parts' examples. */
    private record Examples(Map<String, Object> written, Map<String, Schema> components) {

        /** An example value of the schema, or null where nothing tells what one would be. */
        Object of(Schema schema, int depth) {
            if (schema == null || depth > DEPTH) {
                return null;
            }
            if (schema.getRef() != null) {
                return written.containsKey(schema.getRef()) ? written.get(schema.getRef())
                        : of(components.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1)), depth + 1);
            }
            if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
                return schema.getExamples().get(0);
            }
            if (schema.getAnyOf() != null) {
                return schema.getAnyOf().stream().map(option -> of(option, depth + 1)).filter(Objects::nonNull)
                        .findFirst().orElse(null);
            }
            if (schema.getEnumeration() != null) {
                return schema.getEnumeration().stream().filter(Objects::nonNull).findFirst().orElse(null);
            }
            List<SchemaType> type = schema.getType() == null ? List.of() : schema.getType();
            if (type.contains(SchemaType.ARRAY)) {
                Object item = of(schema.getItems(), depth + 1);
                return item == null ? new ArrayList<>() : new ArrayList<>(List.of(item));
            }
            if (schema.getProperties() != null) {
                Map<String, Object> object = new LinkedHashMap<>();
                schema.getProperties().forEach((name, property) -> {
                    Object value = of(property, depth + 1);
                    if (value != null) {
                        object.put(name, value);
                    }
                });
                return object;
            }
            if (type.contains(SchemaType.INTEGER) || type.contains(SchemaType.NUMBER)) {
                return 1;
            }
            if (type.contains(SchemaType.OBJECT)) {
                return new LinkedHashMap<>();
            }
            return type.contains(SchemaType.BOOLEAN) ? Boolean.FALSE : null;
        }
    }
}
