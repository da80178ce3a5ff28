package com.kpiplatform.alerting.domain.alert;

/** What an alert is raised on. */
public enum SubjectType {
    KPI, KEY_RESULT, SYSTEM
}
