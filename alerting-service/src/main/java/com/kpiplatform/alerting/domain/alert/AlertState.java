package com.kpiplatform.alerting.domain.alert;

/** Where an alert is in its lifecycle. */
public enum AlertState {
    /** The condition holds, but not yet for {@code for} evaluations: nothing is sent. */
    PENDING,
    FIRING,
    RESOLVED
}
