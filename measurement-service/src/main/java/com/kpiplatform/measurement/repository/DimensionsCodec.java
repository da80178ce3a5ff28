package com.kpiplatform.measurement.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Dimensions as stored: a JSON object with its keys sorted, so that equal dimensions are equal
 * text and the text can be part of the natural key.
 */
@ApplicationScoped
public class DimensionsCodec {

    private static final String NONE = "{}";
    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {
    };

    @Inject
    ObjectMapper objectMapper;

    /** Names are [a-z][a-z0-9_]* and need no escaping; values are escaped by Jackson's encoder. */
    public String encode(Map<String, String> dimensions) {
        if (dimensions.isEmpty()) {
            return NONE;
        }
        StringBuilder json = new StringBuilder(32).append('{');
        (dimensions instanceof SortedMap ? dimensions : new TreeMap<>(dimensions)).forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(name).append("\":\"");
            JsonStringEncoder.getInstance().quoteAsString(value, json);
            json.append('"');
        });
        return json.append('}').toString();
    }

    /** A dimension filter as the queries take it: null for none. */
    public String encodeFilter(Map<String, String> filter) {
        return filter.isEmpty() ? null : encode(filter);
    }

    public SortedMap<String, String> decode(String json) {
        if (NONE.equals(json)) {
            return new TreeMap<>();
        }
        try {
            return objectMapper.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored dimensions are always valid JSON: " + json, e);
        }
    }
}
