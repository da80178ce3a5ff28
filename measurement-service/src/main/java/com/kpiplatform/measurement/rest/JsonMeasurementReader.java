package com.kpiplatform.measurement.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.kpiplatform.measurement.domain.MeasurementInput;
import com.kpiplatform.measurement.domain.Violation;
import com.kpiplatform.support.problem.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads measurements from JSON with Jackson's streaming parser: no tree per item, and every item
 * read in full even when a field has the wrong type, so that all errors of a batch can be reported.
 */
final class JsonMeasurementReader {

    static final JsonFactory JSON = new JsonFactory();
    private static final String KNOWN_FIELDS = "dimensions, kpiKey, timestamp, value";

    private JsonMeasurementReader() {
    }

    /** The one measurement of a body. */
    static MeasurementInput readOne(InputStream body) throws IOException {
        try (JsonParser parser = JSON.createParser(body)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw ProblemException.invalid("body", "must be a measurement object");
            }
            return readItem(parser, token, null);
        }
    }

    /** The measurements of a JSON array of at most {@code maxItems}, located by index: {@code [3]}. */
    static List<MeasurementInput> readArray(InputStream body, int maxItems) throws IOException {
        List<MeasurementInput> inputs = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw ProblemException.invalid("body", "must be a JSON array of measurements");
            }
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (inputs.size() == maxItems) {
                    throw ProblemException.invalid("body", "must hold at most " + maxItems
                            + " measurements; send larger backfills as application/x-ndjson");
                }
                inputs.add(readItem(parser, token, "[" + inputs.size() + "]"));
            }
        }
        return inputs;
    }

    /** Reads the item the parser is at, whose first token is {@code token}: a measurement object or not. */
    static MeasurementInput readItem(JsonParser parser, JsonToken token, String location) throws IOException {
        return token == JsonToken.START_OBJECT ? readObject(parser, location) : notAnObject(parser, location);
    }

    private static MeasurementInput readObject(JsonParser parser, String location) throws IOException {
        String kpiKey = null;
        String timestamp = null;
        BigDecimal value = null;
        Map<String, String> dimensions = new LinkedHashMap<>();
        List<Violation> errors = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken token = parser.nextToken();
            switch (field) {
                case "kpiKey" -> kpiKey = text(parser, token, location, field, errors);
                case "timestamp" -> timestamp = text(parser, token, location, field, errors);
                case "value" -> value = number(parser, token, location, errors);
                case "dimensions" -> readDimensions(parser, token, location, dimensions, errors);
                default -> {
                    errors.add(new Violation(at(location, field), "unknown property; known properties are " + KNOWN_FIELDS));
                    parser.skipChildren();
                }
            }
        }
        return new MeasurementInput(location, kpiKey, timestamp, value, dimensions, errors);
    }

    /** The violation for an item that is not a JSON object. */
    private static MeasurementInput notAnObject(JsonParser parser, String location) throws IOException {
        parser.skipChildren();
        return new MeasurementInput(location, null, null, null, Map.of(),
                List.of(new Violation(location == null ? "body" : location, "must be a JSON object")));
    }

    private static String text(JsonParser parser, JsonToken token, String location, String field, List<Violation> errors)
            throws IOException {
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (token != JsonToken.VALUE_NULL) {
            errors.add(new Violation(at(location, field), "must be a string"));
            parser.skipChildren();
        }
        return null;
    }

    private static BigDecimal number(JsonParser parser, JsonToken token, String location, List<Violation> errors)
            throws IOException {
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getDecimalValue();
        }
        if (token != JsonToken.VALUE_NULL) {
            errors.add(new Violation(at(location, "value"), "must be a finite number, not " + describe(token)));
            parser.skipChildren();
        }
        return null;
    }

    private static void readDimensions(JsonParser parser, JsonToken token, String location, Map<String, String> dimensions,
            List<Violation> errors) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return;
        }
        if (token != JsonToken.START_OBJECT) {
            errors.add(new Violation(at(location, "dimensions"), "must be an object of strings, e.g. {\"region\": \"eu\"}"));
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            if (parser.nextToken() == JsonToken.VALUE_STRING) {
                dimensions.put(name, parser.getText());
            } else {
                errors.add(new Violation(at(location, "dimensions." + name), "must be a string"));
                parser.skipChildren();
            }
        }
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> "text";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            default -> "a " + token.name().toLowerCase();
        };
    }

    private static String at(String location, String field) {
        return location == null ? field : location + "." + field;
    }
}
