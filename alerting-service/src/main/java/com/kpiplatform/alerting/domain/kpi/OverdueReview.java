package com.kpiplatform.alerting.domain.kpi;

/** A KPI whose review cadence says it is due for a review, in the kpi-definition-service's words. */
public record OverdueReview(String kpiKey, String message) {
}
