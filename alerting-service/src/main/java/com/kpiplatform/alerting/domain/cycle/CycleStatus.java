package com.kpiplatform.alerting.domain.cycle;

/** How an evaluation cycle ended: a FAILED cycle changed nothing. */
public enum CycleStatus {
    SUCCEEDED, FAILED
}
