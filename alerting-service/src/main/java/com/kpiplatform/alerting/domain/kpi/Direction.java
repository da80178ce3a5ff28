package com.kpiplatform.alerting.domain.kpi;

/** Which way a KPI should move. */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER, WITHIN_RANGE
}
