package com.kpiplatform.alerting.domain.alert;

import com.kpiplatform.alerting.domain.kpi.Profile;

/**
 * What one evaluation saw of one alert subject in one period: the alert it concerns, what alerts
 * and messages call the subject and what silences and subscriptions match on, and its condition.
 */
public record Observation(AlertKey key, String title, Profile profile, Condition condition) {

    /** The identity alerts are deduplicated by. */
    public record AlertKey(AlertKind kind, SubjectType subjectType, String subjectKey, String periodKey) {
    }

    public AlertKind kind() {
        return key.kind();
    }

    public SubjectType subjectType() {
        return key.subjectType();
    }

    public String subjectKey() {
        return key.subjectKey();
    }
}
