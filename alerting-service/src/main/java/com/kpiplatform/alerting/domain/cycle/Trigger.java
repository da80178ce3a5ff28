package com.kpiplatform.alerting.domain.cycle;

/** What started an evaluation cycle. */
public enum Trigger {
    SCHEDULED, MANUAL
}
