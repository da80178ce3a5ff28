package com.kpiplatform.alerting.service;

/** What started an evaluation cycle. */
public enum Trigger {
    SCHEDULED, MANUAL
}
