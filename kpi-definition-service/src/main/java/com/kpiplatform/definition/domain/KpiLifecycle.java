package com.kpiplatform.definition.domain;

/** Where a KPI is in its life: ARCHIVED KPIs keep their history but are no longer evaluated. */
public enum KpiLifecycle {
    ACTIVE, ARCHIVED
}
