package com.kpiplatform.alerting.domain;

/** How urgent an alert is; subscriptions filter by a minimum severity. */
public enum Severity {
    INFO, WARNING, CRITICAL;

    public static Severity of(KpiStatus status) {
        return status == KpiStatus.OFF_TRACK ? CRITICAL : WARNING;
    }
}
