package com.kpiplatform.alerting.domain.judging;

import com.kpiplatform.alerting.domain.kpi.Aggregation;
import com.kpiplatform.alerting.domain.kpi.Direction;
import com.kpiplatform.alerting.domain.kpi.JudgingRules;
import com.kpiplatform.alerting.domain.kpi.PeriodWindow;
import com.kpiplatform.alerting.domain.kpi.Target;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * What an evaluation knows about one KPI in one period: its rules, the target that applies (a
 * WITHIN_RANGE KPI uses its range instead), the period's actual so far (null without any) and the
 * KPI's latest measurement ever (null without any).
 */
public record KpiFacts(JudgingRules rules, Target goal, BigDecimal actual, Instant lastMeasurementAt,
        PeriodWindow period) {

    /** The amber band when a KPI's definition gives none. */
    private static final BigDecimal DEFAULT_TOLERANCE_PERCENT = BigDecimal.TEN;

    public boolean hasTarget() {
        return direction() == Direction.WITHIN_RANGE ? rangeMin() != null && rangeMax() != null : target() != null;
    }

    public Direction direction() {
        return rules.direction();
    }

    public Aggregation aggregation() {
        return rules.aggregation();
    }

    public BigDecimal target() {
        return goal.value();
    }

    public BigDecimal stretch() {
        return goal.stretch();
    }

    public BigDecimal rangeMin() {
        return rules.range() == null ? null : rules.range().min();
    }

    public BigDecimal rangeMax() {
        return rules.range() == null ? null : rules.range().max();
    }

    /** The amber band around the target, in percent of the target (of the range's width for WITHIN_RANGE). */
    public BigDecimal tolerancePercent() {
        return rules.tolerancePercent() == null ? DEFAULT_TOLERANCE_PERCENT : rules.tolerancePercent();
    }

    public Duration staleAfter() {
        return rules.staleAfter();
    }

    public Instant periodStart() {
        return period.start();
    }

    public Instant periodEnd() {
        return period.end();
    }
}
