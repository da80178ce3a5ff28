package com.kpiplatform.alerting.domain.judging;

import com.kpiplatform.alerting.domain.kpi.Target;
import java.math.BigDecimal;
import java.time.Instant;

/** One point of a KPI's red/amber/green history: how one cycle judged it in one period. */
public record StatusPoint(Instant evaluatedAt, String periodKey, Target target, BigDecimal actual,
        Instant lastMeasurementAt, Evaluation evaluation) {
}
