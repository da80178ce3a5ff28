package com.kpiplatform.alerting.domain.judging;

/** Which scorecard entries a dashboard asks for; every filter given must match, null ones match everything. */
public record ScorecardFilter(String ownerTeam, String category, String level, String tag, PerformanceStatus status) {
}
