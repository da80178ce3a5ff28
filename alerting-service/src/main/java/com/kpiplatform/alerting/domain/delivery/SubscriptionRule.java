package com.kpiplatform.alerting.domain.delivery;

import com.kpiplatform.alerting.domain.alert.Severity;
import com.kpiplatform.alerting.domain.alert.SubjectType;
import java.util.List;

/**
 * Which alerts a subscription wants. Every filter that is set must match; an empty filter matches
 * everything. The evaluator's own (SYSTEM) alerts go only to subscriptions without KPI filters.
 */
public record SubscriptionRule(List<String> kpiKeys, List<String> tags, String category, String level,
        String ownerTeam, Severity minSeverity) {

    public SubscriptionRule {
        kpiKeys = kpiKeys == null ? List.of() : List.copyOf(kpiKeys);
        tags = tags == null ? List.of() : List.copyOf(tags);
        minSeverity = minSeverity == null ? Severity.INFO : minSeverity;
    }

    /** What routing knows of an alert's subject; fields the subject has not are null or empty. */
    public record Subject(SubjectType type, String key, List<String> tags, String category, String level,
            String ownerTeam, Severity severity) {
    }

    public boolean matches(Subject subject) {
        if (subject.severity() != null && subject.severity().compareTo(minSeverity) < 0) {
            return false;
        }
        if (subject.type() == SubjectType.SYSTEM) {
            return !filtersKpis();
        }
        return (kpiKeys.isEmpty() || subject.type() == SubjectType.KPI && kpiKeys.contains(subject.key()))
                && (tags.isEmpty() || subject.tags() != null && subject.tags().stream().anyMatch(tags::contains))
                && (category == null || category.equals(subject.category()))
                && (level == null || level.equals(subject.level()))
                && (ownerTeam == null || ownerTeam.equalsIgnoreCase(subject.ownerTeam()));
    }

    private boolean filtersKpis() {
        return !kpiKeys.isEmpty() || !tags.isEmpty() || category != null || level != null || ownerTeam != null;
    }
}
