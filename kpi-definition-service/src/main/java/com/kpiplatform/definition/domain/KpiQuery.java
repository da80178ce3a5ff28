package com.kpiplatform.definition.domain;

/**
 * The filters of a KPI list; null means "any".
 *
 * @param status the lifecycle state to list, or null for every state
 * @param text free text matched, case-insensitively, against key, name and description
 */
public record KpiQuery(Category category, Level level, String ownerTeam, String tag, KpiLifecycle status,
        IndicatorType indicatorType, String text, KpiSort sort) {

    /** The active KPIs by key, of one owning team and one level where they are given. */
    public static KpiQuery active(String ownerTeam, Level level) {
        return new KpiQuery(null, level, ownerTeam, null, KpiLifecycle.ACTIVE, null, null, KpiSort.KEY);
    }
}
