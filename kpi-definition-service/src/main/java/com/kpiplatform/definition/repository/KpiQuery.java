package com.kpiplatform.definition.repository;

import com.kpiplatform.definition.domain.Category;
import com.kpiplatform.definition.domain.IndicatorType;
import com.kpiplatform.definition.domain.KpiLifecycle;
import com.kpiplatform.definition.domain.Level;

/**
 * The filters of a KPI list; null means "any".
 *
 * @param status the status to list, or null for every status
 * @param text free text matched, case-insensitively, against key, name and description
 */
public record KpiQuery(Category category, Level level, String ownerTeam, String tag, KpiLifecycle status,
        IndicatorType indicatorType, String text, KpiSort sort) {
}
