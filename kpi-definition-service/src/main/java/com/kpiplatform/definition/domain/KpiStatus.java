package com.kpiplatform.definition.domain;

/** ARCHIVED KPIs keep their history but are no longer evaluated. */
public enum KpiStatus {
    ACTIVE, ARCHIVED
}
