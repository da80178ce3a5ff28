package com.kpiplatform.measurement.domain;

/** How the measurements of one period become its actual (the KPI's own setting). */
public enum Aggregation {
    SUM, COUNT, AVG, MIN, MAX, LAST;

    /** Whether the actual accumulates over the period, so that a partial period is a partial value. */
    public boolean isCumulative() {
        return this == SUM || this == COUNT;
    }
}
