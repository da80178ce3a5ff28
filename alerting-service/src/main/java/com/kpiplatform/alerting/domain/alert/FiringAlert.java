package com.kpiplatform.alerting.domain.alert;

/** A firing alert nobody acknowledged, as its latest observation left it: what repeats remind people of. */
public record FiringAlert(long id, Severity severity, Observation observation) {
}
