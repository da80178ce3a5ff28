package com.kpiplatform.alerting.domain.kpi;

import java.math.BigDecimal;

/** A KPI's actual in one of its periods, and how many measurements made it; {@code value} null without any. */
public record PeriodActual(String kpiKey, String periodKey, BigDecimal value, long count) {

    /** Which actual to read. */
    public record Request(String kpiKey, String periodKey) {
    }
}
