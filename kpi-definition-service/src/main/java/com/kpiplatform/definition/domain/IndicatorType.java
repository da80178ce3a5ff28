package com.kpiplatform.definition.domain;

/** Whether a KPI predicts (leading) or reports (lagging) an outcome. */
public enum IndicatorType {
    LEADING, LAGGING
}
