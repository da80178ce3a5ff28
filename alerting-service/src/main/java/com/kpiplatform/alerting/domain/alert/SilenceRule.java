package com.kpiplatform.alerting.domain.alert;

/** What a silence holds back: alerts that {@code matcher} matches with {@code value}. */
public record SilenceRule(SilenceMatcher matcher, String value) {

    public boolean matches(Observation alert) {
        return matcher.matches(value, alert);
    }
}
