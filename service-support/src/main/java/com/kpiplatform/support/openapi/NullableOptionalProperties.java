package com.kpiplatform.support.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Says in the documents what Jackson does on the wire: answers write every property, null where
 * there is no value, and requests may send null for "not given". So a property that a schema does
 * not list as required may be null; one it requires is always there and never null. Generated
 * clients then type an optional {@code description} as {@code string | null}, as it arrives.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NullableOptionalProperties implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(NullableOptionalProperties::allowNullWhereOptional);
        }
    }

    private static void allowNullWhereOptional(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> widened = new LinkedHashMap<>();
        properties.forEach((name, property) -> {
            allowNullWhereOptional(property);
            widened.put(name, required.contains(name) ? property : nullable(property));
        });
        schema.setProperties(widened);
    }

    private static Schema nullable(Schema property) {
        if (property.getRef() != null) {
            return OASFactory.createSchema().description(property.getDescription()).anyOf(List.of(
                    OASFactory.createSchema().ref(property.getRef()), OASFactory.createSchema().addType(SchemaType.NULL)));
        }
        if (property.getType() != null && !property.getType().contains(SchemaType.NULL)) {
            property.addType(SchemaType.NULL);
            if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
                property.addEnumeration(null);
            }
        }
        return property;
    }
}
