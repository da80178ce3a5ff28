package com.kpiplatform.definition.domain.okr;

import java.math.BigDecimal;
import java.time.Instant;

/** A KPI's actual for one of its own periods, as the measurement-service read it; value null, with a reason, when there is none. */
public record PeriodActual(KpiPeriod period, BigDecimal value, long count, Instant lastMeasurementAt, String reason) {
}
