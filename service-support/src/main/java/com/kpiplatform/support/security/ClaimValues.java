package com.kpiplatform.support.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The strings a token holds at a claim path, such as {@code groups} or {@code realm_access.roles}. */
final class ClaimValues {

    private ClaimValues() {
    }

    static Set<String> of(JsonWebToken token, String path) {
        Object whole = token.getClaim(path);
        if (whole != null) {
            return strings(whole);
        }
        String[] segments = path.split("[./]");
        Object value = token.getClaim(segments[0]);
        for (int i = 1; i < segments.length && value != null; i++) {
            value = value instanceof JsonObject object ? object.get(segments[i]) : null;
        }
        return value == null ? Set.of() : strings(value);
    }

    private static Set<String> strings(Object value) {
        Set<String> strings = new LinkedHashSet<>();
        if (value instanceof JsonArray array) {
            array.stream().filter(item -> item.getValueType() == JsonValue.ValueType.STRING)
                    .forEach(item -> strings.add(((JsonString) item).getString()));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(item -> strings.add(item instanceof JsonString text ? text.getString() : item.toString()));
        } else if (value instanceof JsonString text) {
            strings.add(text.getString());
        } else if (value instanceof String text) {
            strings.add(text);
        }
        return strings;
    }
}
