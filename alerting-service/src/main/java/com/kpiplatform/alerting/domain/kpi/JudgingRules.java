package com.kpiplatform.alerting.domain.kpi;

import com.kpiplatform.support.period.PeriodType;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * How a KPI is judged.
 *
 * @param tolerancePercent the amber band as its definition gives it; null when it gives none
 * @param range the healthy range of a WITHIN_RANGE KPI; null for the others
 * @param staleAfter the longest gap between measurements before the KPI counts as not updated; null: never stale
 */
public record JudgingRules(Direction direction, Aggregation aggregation, PeriodType period, BigDecimal tolerancePercent,
        Range range, Duration staleAfter) {
}
