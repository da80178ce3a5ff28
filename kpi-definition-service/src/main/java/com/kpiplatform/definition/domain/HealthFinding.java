package com.kpiplatform.definition.domain;

/** One pitfall a KPI (or a team's set of KPIs) has fallen into, in words a reviewer can act on. */
public record HealthFinding(String code, Severity severity, String message) {
}
