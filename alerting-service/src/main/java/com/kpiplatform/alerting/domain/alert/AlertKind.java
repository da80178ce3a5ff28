package com.kpiplatform.alerting.domain.alert;

/** What an alert is about: a status against target, an anomaly in the values, or the evaluator itself. */
public enum AlertKind {
    STATUS, ANOMALY, SYSTEM
}
