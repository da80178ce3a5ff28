package com.kpiplatform.support.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.kpiplatform.support.http.StrictJson;
import com.kpiplatform.support.problem.Problem.FieldViolation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns Jackson's exceptions into field-level messages written for API clients: the JSON path of
 * the offending value and what was expected, without Java type names.
 */
final class JsonProblems {

    private JsonProblems() {
    }

    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    static FieldViolation violation(JsonMappingException e) {
        return new FieldViolation(path(e), message(e));
    }

    static String location(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 0) {
            return "";
        }
        return " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    private static String message(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown property; known properties are " + unknown.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
        }
        if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException cause) {
            return cause.getMessage();
        }
        if (e instanceof InvalidFormatException invalid && StrictJson.NUL_MESSAGE.equals(invalid.getOriginalMessage())) {
            return StrictJson.NUL_MESSAGE;
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            Class<?> target = ((MismatchedInputException) e).getTargetType();
            return target == null ? "has the wrong type" : "must be " + expected(target);
        }
        return "is invalid";
    }

    private static String expected(Class<?> target) {
        if (target.isEnum()) {
            return "one of " + Arrays.stream(target.getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
        }
        if (Number.class.isAssignableFrom(target) || isPrimitiveNumber(target)) {
            return "a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (target == String.class || target == ZoneId.class) {
            return "a string";
        }
        if (target == Instant.class || target == OffsetDateTime.class || target == ZonedDateTime.class) {
            return "an ISO-8601 timestamp with an offset, e.g. 2026-11-21T09:30:00Z";
        }
        if (target == LocalDate.class) {
            return "an ISO-8601 date, e.g. 2026-11-21";
        }
        if (target == Duration.class) {
            return "an ISO-8601 duration, e.g. PT36H";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord()) {
            return "an object";
        }
        return "a value of the documented type";
    }

    private static boolean isPrimitiveNumber(Class<?> target) {
        return target.isPrimitive() && target != boolean.class && target != char.class;
    }
}
