package com.kpiplatform.definition.domain;

/** How often a KPI must be reviewed by its owner. */
public enum ReviewCadence {
    MONTHLY, QUARTERLY
}
