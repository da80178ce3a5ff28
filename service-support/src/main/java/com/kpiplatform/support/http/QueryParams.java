package com.kpiplatform.support.http;

import com.kpiplatform.support.problem.ProblemException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Typed query parameters with 400s that name the parameter. (JAX-RS answers 404 when it cannot
 * convert a query parameter itself, which would tell the client nothing.)
 */
public final class QueryParams {

    private static final String ALL = "ALL";

    private QueryParams() {
    }

    /** The constant named by {@code value} (case-insensitive), null if absent, 400 if unknown. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        return enumValue(type, name, value, List.of());
    }

    /** As {@link #enumValue}, where {@code ALL} is accepted too and means no filter (null). */
    public static <E extends Enum<E>> E enumValueOrAll(Class<E> type, String name, String value) {
        return value != null && ALL.equalsIgnoreCase(value.strip()) ? null : enumValue(type, name, value, List.of(ALL));
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value, List<String> alsoAccepted) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElseThrow(() -> ProblemException.invalid(name, "must be one of " + Stream.concat(
                        Arrays.stream(type.getEnumConstants()).map(Enum::name), alsoAccepted.stream())
                        .collect(Collectors.joining(", "))));
    }

    /** An ISO-8601 instant with an offset ({@code 2026-11-21T09:30:00Z} or {@code +01:00}), null if absent. */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be an ISO-8601 timestamp with an offset, e.g. 2026-11-21T09:30:00Z");
        }
    }
}
