package com.kpiplatform.alerting.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one evaluation saw of one alert subject in one period: bad (with a severity) or not, and
 * if not, whether it is clear of the recovery margin. Also what an alert about it shows and what
 * silences match.
 */
public record Observation(AlertKind kind, SubjectType subjectType, String subjectKey, String periodKey, String title,
        String ownerTeam, String category, List<String> tags, String status, Severity bad, boolean clear,
        BigDecimal value, BigDecimal target, String detail) {

    /** The identity alerts are deduplicated by. */
    public AlertKey key() {
        return new AlertKey(kind, subjectType, subjectKey, periodKey);
    }

    public record AlertKey(AlertKind kind, SubjectType subjectType, String subjectKey, String periodKey) {
    }
}
