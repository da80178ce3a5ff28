package com.kpiplatform.alerting.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * What an evaluation knows about one KPI in its current period.
 *
 * @param target the target of the period; null when none applies (WITHIN_RANGE KPIs use the range)
 * @param tolerancePercent the amber band around the target, in percent of the target (of the range's width for
 *     WITHIN_RANGE)
 * @param actual the period's actual so far; null when there is none
 * @param lastMeasurementAt the KPI's latest measurement ever; null when it has none
 */
public record KpiFacts(Direction direction, Aggregation aggregation, BigDecimal target, BigDecimal stretch,
        BigDecimal rangeMin, BigDecimal rangeMax, BigDecimal tolerancePercent, Duration staleAfter,
        BigDecimal actual, Instant lastMeasurementAt, Instant periodStart, Instant periodEnd) {

    public boolean hasTarget() {
        return direction == Direction.WITHIN_RANGE ? rangeMin != null && rangeMax != null : target != null;
    }
}
