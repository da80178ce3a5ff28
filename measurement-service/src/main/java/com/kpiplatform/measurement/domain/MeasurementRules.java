package com.kpiplatform.measurement.domain;

import com.kpiplatform.support.kpi.KpiKeys;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The rules every measurement must satisfy on its own (KPI existence is checked elsewhere): a KPI
 * key, a timestamp with an offset and not too far in the future, a value, and bounded dimensions.
 */
public final class MeasurementRules {

    private static final Pattern KEY = Pattern.compile(KpiKeys.PATTERN);
    private static final Pattern DIMENSION_KEY = Pattern.compile("[a-z][a-z0-9_]*");
    private static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1e20");

    private final MeasurementLimits limits;
    /** KPI keys already found well-formed: a batch repeats a few keys many times. */
    private final Set<String> wellFormedKeys = new HashSet<>();

    public MeasurementRules(MeasurementLimits limits) {
        this.limits = limits;
    }

    /** An input checked: the measurement it describes if it has no violations. */
    public record Checked(Measurement measurement, List<Violation> violations) {
    }

    public Checked check(MeasurementInput input, Instant now) {
        List<Violation> violations = new ArrayList<>(input.readErrors());
        if (input.kpiKey() == null) {
            violations.add(violation(input, "kpiKey", "must not be blank"));
        } else if (!wellFormedKeys.contains(input.kpiKey()) && !wellFormed(input.kpiKey())) {
            violations.add(violation(input, "kpiKey", "is not a KPI key"));
        }
        Instant timestamp = checkTimestamp(input, now, violations);
        if (input.value() == null && input.readErrors().stream().noneMatch(v -> v.field().endsWith("value"))) {
            violations.add(violation(input, "value", "must not be null"));
        } else if (input.value() != null && (input.value().abs().compareTo(MAX_MAGNITUDE) >= 0 || input.value().precision() > 30)) {
            violations.add(violation(input, "value", "must be between -1e20 and 1e20 with at most 30 significant digits"));
        }
        checkDimensions(input, violations);
        if (!violations.isEmpty()) {
            return new Checked(null, violations);
        }
        return new Checked(new Measurement(input.kpiKey(), timestamp, new TreeMap<>(input.dimensions()),
                input.value().stripTrailingZeros()), List.of());
    }

    private boolean wellFormed(String key) {
        boolean matches = KEY.matcher(key).matches();
        if (matches) {
            wellFormedKeys.add(key);
        }
        return matches;
    }

    /** The violations of one input, each field prefixed with the input's location. */
    public List<Violation> violations(MeasurementInput input, Instant now) {
        return check(input, now).violations();
    }

    /** The input's timestamp, or null with a violation. */
    private Instant checkTimestamp(MeasurementInput input, Instant now, List<Violation> violations) {
        if (input.timestamp() == null) {
            violations.add(violation(input, "timestamp", "must not be null"));
            return null;
        }
        Instant timestamp;
        try {
            timestamp = Timestamps.parse(input.timestamp());
        } catch (DateTimeParseException e) {
            violations.add(violation(input, "timestamp", "must be an ISO-8601 timestamp with an offset, e.g. 2026-11-21T09:30:00Z"));
            return null;
        }
        if (timestamp.isAfter(now.plus(limits.maxFutureSkew()))) {
            violations.add(violation(input, "timestamp", "is more than " + limits.maxFutureSkew()
                    + " in the future; measurements record what has happened"));
        }
        return timestamp;
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
            } else if (!isPlainText(value)) {
                violations.add(violation(input, "dimensions." + key, "value must not contain control characters, "
                        + "byte order marks or unpaired surrogates"));
            }
        });
    }

    /** Text that stores and displays as it reads: no control characters, byte order marks or lone surrogates. */
    private static boolean isPlainText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL || c == '\uFEFF') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static Violation violation(MeasurementInput input, String field, String message) {
        return new Violation(input.location() == null ? field : input.location() + "." + field, message);
    }
}
