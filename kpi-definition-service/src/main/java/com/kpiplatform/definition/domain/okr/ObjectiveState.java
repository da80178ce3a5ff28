package com.kpiplatform.definition.domain.okr;

/** Whether an objective is in play; archived objectives are read-only and leave the KPI health report. */
public enum ObjectiveState {
    ACTIVE, ARCHIVED
}
