package com.kpiplatform.alerting.domain.kpi;

/** How a KPI's measurements of one period become its actual. */
public enum Aggregation {
    SUM, COUNT, AVG, MIN, MAX, LAST;

    /** Whether the actual accumulates over the period, so that it is judged on pace while the period runs. */
    public boolean isCumulative() {
        return this == SUM || this == COUNT;
    }
}
