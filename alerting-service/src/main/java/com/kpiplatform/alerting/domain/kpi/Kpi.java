package com.kpiplatform.alerting.domain.kpi;

/**
 * One active KPI as an evaluation sees it: what people know it by, how it is judged, its current
 * period, and the target that applies there.
 */
public record Kpi(String key, Profile profile, JudgingRules rules, PeriodWindow currentPeriod, Target target) {

    /** How alerts and messages name it: "Monthly recurring revenue (sales.mrr)". */
    public String title() {
        return profile.name() + " (" + key + ")";
    }
}
