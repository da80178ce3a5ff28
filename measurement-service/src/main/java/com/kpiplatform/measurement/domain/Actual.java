package com.kpiplatform.measurement.domain;

import com.kpiplatform.support.formula.Formula;
import com.kpiplatform.support.formula.FormulaEvaluationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A KPI's actual for one period: the value, or null with the reason why there is none. A value is
 * never made up: no measurements is not zero (except for COUNT, where it is the count).
 */
public record Actual(BigDecimal value, long count, Instant firstMeasurementAt, Instant lastMeasurementAt,
        String reason) {

    /** The actual of a measured KPI from its measurements' aggregate (null when there are none). */
    public static Actual of(PeriodAggregate aggregate, Aggregation aggregation, String periodKey) {
        if (aggregate == null) {
            return aggregation == Aggregation.COUNT
                    ? new Actual(BigDecimal.ZERO, 0, null, null, null)
                    : new Actual(null, 0, null, null, "no measurements in " + periodKey);
        }
        return new Actual(aggregate.value(aggregation), aggregate.count(), aggregate.first(), aggregate.last(), null);
    }

    /**
     * The actual of a calculated KPI from its components' actuals of the same period: each
     * component contributes its own value; one without a value, or an arithmetic failure such as
     * a division by zero, leaves the result without a value and says why.
     */
    public static Actual calculated(Formula formula, Map<String, Actual> components) {
        long count = 0;
        Instant first = null;
        Instant last = null;
        Map<String, BigDecimal> values = new HashMap<>();
        for (String dependency : formula.dependencies()) {
            Actual component = Objects.requireNonNull(components.get(dependency), dependency);
            if (component.value() == null) {
                return new Actual(null, 0, null, null, "no value for " + dependency + ": " + component.reason());
            }
            values.put(dependency, component.value());
            count += component.count();
            first = earliest(first, component.firstMeasurementAt());
            last = latest(last, component.lastMeasurementAt());
        }
        try {
            return new Actual(formula.evaluate(values).stripTrailingZeros(), count, first, last, null);
        } catch (FormulaEvaluationException e) {
            return new Actual(null, count, first, last, e.getMessage());
        }
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
