package com.kpiplatform.alerting.domain.kpi;

import java.math.BigDecimal;

/** The healthy range of a WITHIN_RANGE KPI. */
public record Range(BigDecimal min, BigDecimal max) {
}
