package com.kpiplatform.definition.domain.okr;

import com.kpiplatform.definition.domain.Aggregation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;

/**
 * The value of a KPI over an objective's period, from the KPI's actuals of its own (shorter)
 * periods, reduced the way the KPI's aggregation says: sums and counts add up, minimum and maximum
 * carry over, averages are weighted by their measurement counts, LAST (and a calculated KPI, whose
 * formula cannot be summed) takes the latest period that has a value.
 */
public final class LinkedKpiValue {

    private LinkedKpiValue() {
    }

    /** A KPI's actual for one of its periods; value null when it has none. */
    public record Part(String periodKey, BigDecimal value, long count) {
    }

    /** The combined value, or null with the reason. */
    public record Result(BigDecimal value, String reason) {
    }

    /** Parts in chronological order. */
    public static Result combine(Aggregation aggregation, boolean calculated, List<Part> parts) {
        List<Part> valued = parts.stream().filter(p -> p.value() != null).toList();
        if (valued.isEmpty()) {
            return new Result(null, "no actual for the KPI in " + span(parts));
        }
        if (calculated) {
            return new Result(valued.get(valued.size() - 1).value(), null);
        }
        BigDecimal value = switch (aggregation) {
            case SUM, COUNT -> valued.stream().map(Part::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            case MIN -> valued.stream().map(Part::value).min(BigDecimal::compareTo).orElseThrow();
            case MAX -> valued.stream().map(Part::value).max(BigDecimal::compareTo).orElseThrow();
            case LAST -> valued.get(valued.size() - 1).value();
            case AVG -> weightedAverage(valued);
        };
        return new Result(value, null);
    }

    private static BigDecimal weightedAverage(List<Part> parts) {
        long count = parts.stream().mapToLong(Part::count).sum();
        if (count == 0) {
            return parts.get(parts.size() - 1).value();
        }
        BigDecimal sum = parts.stream().map(p -> p.value().multiply(BigDecimal.valueOf(p.count())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL64);
    }

    private static String span(List<Part> parts) {
        String first = parts.get(0).periodKey();
        String last = parts.get(parts.size() - 1).periodKey();
        return Objects.equals(first, last) ? first : first + " to " + last;
    }
}
