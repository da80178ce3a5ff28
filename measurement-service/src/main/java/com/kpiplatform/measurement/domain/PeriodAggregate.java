package com.kpiplatform.measurement.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;

/**
 * What a set of measurements adds up to: enough to answer every aggregation, and mergeable, so
 * that rollups of parts combine into the rollup of the whole.
 *
 * @param lastValue the value of the measurement with the latest timestamp
 */
public record PeriodAggregate(long count, BigDecimal sum, BigDecimal min, BigDecimal max, Instant first, Instant last,
        BigDecimal lastValue) {

    public static PeriodAggregate of(Instant timestamp, BigDecimal value) {
        return new PeriodAggregate(1, value, value, value, timestamp, timestamp, value);
    }

    /** This aggregate and another of disjoint measurements, combined. */
    public PeriodAggregate merge(PeriodAggregate other) {
        boolean otherIsLater = other.last.isAfter(last);
        return new PeriodAggregate(count + other.count, sum.add(other.sum), min.min(other.min), max.max(other.max),
                first.isBefore(other.first) ? first : other.first, otherIsLater ? other.last : last,
                otherIsLater ? other.lastValue : lastValue);
    }

    /** The actual under an aggregation. AVG keeps 34 significant digits. */
    public BigDecimal value(Aggregation aggregation) {
        return switch (aggregation) {
            case SUM -> sum;
            case COUNT -> BigDecimal.valueOf(count);
            case AVG -> sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL128).stripTrailingZeros();
            case MIN -> min;
            case MAX -> max;
            case LAST -> lastValue;
        };
    }
}
