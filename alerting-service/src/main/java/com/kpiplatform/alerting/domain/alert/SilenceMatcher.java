package com.kpiplatform.alerting.domain.alert;

import com.kpiplatform.alerting.domain.kpi.Profile;

/** What a silence matches alerts by. */
public enum SilenceMatcher {
    KPI, TAG, CATEGORY, OWNER_TEAM;

    public boolean matches(String value, Observation alert) {
        Profile profile = alert.profile();
        return switch (this) {
            case KPI -> alert.subjectType() == SubjectType.KPI && value.equals(alert.subjectKey());
            case TAG -> profile.tags().contains(value);
            case CATEGORY -> value.equals(profile.category());
            case OWNER_TEAM -> value.equals(profile.owner().team());
        };
    }
}
