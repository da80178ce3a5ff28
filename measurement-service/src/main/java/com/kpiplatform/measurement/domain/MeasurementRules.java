package com.kpiplatform.measurement.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The rules every measurement must satisfy on its own (KPI existence is checked elsewhere): a KPI
 * key, a timestamp with an offset and not too far in the future, a value, and bounded dimensions.
 */
public final class MeasurementRules {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern DIMENSION_KEY = Pattern.compile("[a-z][a-z0-9_]*");
    private static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1e20");

    private final MeasurementLimits limits;

    public MeasurementRules(MeasurementLimits limits) {
        this.limits = limits;
    }

    /** An input checked: the measurement it describes if it has no violations. */
    public record Checked(Measurement measurement, List<Violation> violations) {
    }

    public Checked check(MeasurementInput input, Instant now) {
        List<Violation> violations = violations(input, now);
        return new Checked(violations.isEmpty() ? toMeasurement(input) : null, violations);
    }

    /** The violations of one input, each field prefixed with the input's location. */
    public List<Violation> violations(MeasurementInput input, Instant now) {
        List<Violation> violations = new ArrayList<>(input.readErrors());
        if (input.kpiKey() == null) {
            violations.add(violation(input, "kpiKey", "must not be blank"));
        } else if (!KEY.matcher(input.kpiKey()).matches()) {
            violations.add(violation(input, "kpiKey", "is not a KPI key"));
        }
        checkTimestamp(input, now, violations);
        if (input.value() == null && input.readErrors().stream().noneMatch(v -> v.field().endsWith("value"))) {
            violations.add(violation(input, "value", "must not be null"));
        } else if (input.value() != null && (input.value().abs().compareTo(MAX_MAGNITUDE) >= 0 || input.value().precision() > 30)) {
            violations.add(violation(input, "value", "must be between -1e20 and 1e20 with at most 30 significant digits"));
        }
        checkDimensions(input, violations);
        return violations;
    }

    private static Measurement toMeasurement(MeasurementInput input) {
        return new Measurement(input.kpiKey(), OffsetDateTime.parse(input.timestamp()).toInstant(),
                new TreeMap<>(input.dimensions()), input.value().stripTrailingZeros());
    }

    private void checkTimestamp(MeasurementInput input, Instant now, List<Violation> violations) {
        if (input.timestamp() == null) {
            violations.add(violation(input, "timestamp", "must not be null"));
            return;
        }
        Instant timestamp;
        try {
            timestamp = OffsetDateTime.parse(input.timestamp()).toInstant();
        } catch (DateTimeParseException e) {
            violations.add(violation(input, "timestamp", "must be an ISO-8601 timestamp with an offset, e.g. 2026-11-21T09:30:00Z"));
            return;
        }
        if (timestamp.isAfter(now.plus(limits.maxFutureSkew()))) {
            violations.add(violation(input, "timestamp", "is more than " + limits.maxFutureSkew()
                    + " in the future; measurements record what has happened"));
        }
    }

    private void checkDimensions(MeasurementInput input, List<Violation> violations) {
        Map<String, String> dimensions = input.dimensions();
        if (dimensions.size() > limits.maxDimensions()) {
            violations.add(violation(input, "dimensions", "must have at most " + limits.maxDimensions() + " entries"));
        }
        dimensions.forEach((key, value) -> {
            if (key.length() > limits.maxDimensionKeyLength() || !DIMENSION_KEY.matcher(key).matches()) {
                violations.add(violation(input, "dimensions." + key, "name must be 1 to " + limits.maxDimensionKeyLength()
                        + " characters: lower-case letters, digits and '_', starting with a letter"));
            }
            if (value.isBlank() || value.length() > limits.maxDimensionValueLength()) {
                violations.add(violation(input, "dimensions." + key, "value must be 1 to "
                        + limits.maxDimensionValueLength() + " characters"));
            }
        });
    }

    private static Violation violation(MeasurementInput input, String field, String message) {
        return new Violation(input.location() == null ? field : input.location() + "." + field, message);
    }
}
