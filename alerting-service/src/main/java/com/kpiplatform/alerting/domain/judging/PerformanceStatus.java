package com.kpiplatform.alerting.domain.judging;

/** The judgement of one KPI in one period; the alerting ones open alerts. */
public enum PerformanceStatus {
    EXCEEDED, ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA, NO_TARGET;

    public boolean isAlerting() {
        return this == AT_RISK || this == OFF_TRACK || this == NO_DATA;
    }

    public boolean isGood() {
        return this == EXCEEDED || this == ON_TRACK;
    }
}
