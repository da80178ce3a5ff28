package com.kpiplatform.alerting.domain.alert;

/**
 * A change of an alert that people are told about (fired, escalated, repeated, resolved; not held
 * back by a silence), handed from the lifecycle to routing.
 *
 * @param eventId the line of the alert's timeline that records the change
 * @param severity the alert's severity after the change
 * @param observation what the alert is about and how its subject stands
 */
public record AlertChange(long alertId, long eventId, AlertEventType type, Severity severity, Observation observation) {
}
