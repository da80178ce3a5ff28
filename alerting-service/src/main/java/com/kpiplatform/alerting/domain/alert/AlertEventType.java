package com.kpiplatform.alerting.domain.alert;

/** What happened to an alert; the notifying ones are what channels deliver. */
public enum AlertEventType {
    PENDING, FIRED, ESCALATED, DEESCALATED, REPEATED, ACKNOWLEDGED, RESOLVED,
    /** A pending alert whose condition went away before it fired. */
    CANCELLED,
    /** The period the alert was about ended; the next period starts fresh. */
    PERIOD_ENDED
}
