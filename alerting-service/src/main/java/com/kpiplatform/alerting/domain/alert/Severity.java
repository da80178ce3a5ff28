package com.kpiplatform.alerting.domain.alert;

import com.kpiplatform.alerting.domain.judging.PerformanceStatus;

/** How urgent an alert is; subscriptions filter by a minimum severity. */
public enum Severity {
    INFO, WARNING, CRITICAL;

    public static Severity of(PerformanceStatus status) {
        return status == PerformanceStatus.OFF_TRACK ? CRITICAL : WARNING;
    }
}
