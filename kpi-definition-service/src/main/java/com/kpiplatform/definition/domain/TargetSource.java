package com.kpiplatform.definition.domain;

/** Where the target a KPI aims for in a period comes from. */
public enum TargetSource {
    /** A target set for this very period. */
    EXPLICIT,
    /** The KPI's defaultTarget. */
    DEFAULT,
    /** For WITHIN_RANGE KPIs: the range applies. */
    RANGE,
    /** Nothing applies: the KPI is not time-bound for this period. */
    NONE
}
