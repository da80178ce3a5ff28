package com.kpiplatform.alerting.rest.dto;

/**
 * A KPI's performance status as the API names it (the domain's {@code PerformanceStatus}; the
 * kpi-definition-service's own {@code KpiStatus} is its lifecycle). The same constants, in the
 * same order; a test keeps them so.
 */
public enum KpiStatus {
    EXCEEDED, ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA, NO_TARGET
}
