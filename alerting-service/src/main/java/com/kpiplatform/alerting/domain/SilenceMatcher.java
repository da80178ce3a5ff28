package com.kpiplatform.alerting.domain;

/** What a silence matches alerts by. */
public enum SilenceMatcher {
    KPI, TAG, CATEGORY, OWNER_TEAM;

    public boolean matches(String value, Observation alert) {
        return switch (this) {
            case KPI -> alert.subjectType() == SubjectType.KPI && value.equals(alert.subjectKey());
            case TAG -> alert.tags() != null && alert.tags().contains(value);
            case CATEGORY -> value.equals(alert.category());
            case OWNER_TEAM -> value.equals(alert.ownerTeam());
        };
    }
}
