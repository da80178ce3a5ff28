package com.kpiplatform.definition.domain.okr;

/** Where a key result's current value comes from: its latest check-in, or its linked KPI's actual. */
public enum KeyResultSource {
    CHECK_IN, KPI
}
