package com.kpiplatform.definition.domain;

/** How the measurements of one period become the period's actual. */
public enum Aggregation {
    SUM, COUNT, AVG, MIN, MAX, LAST
}
