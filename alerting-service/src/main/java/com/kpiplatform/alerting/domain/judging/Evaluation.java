package com.kpiplatform.alerting.domain.judging;

import java.math.BigDecimal;

/**
 * The judgement of one KPI at one time.
 *
 * @param judged the value the status is based on: the forecast for cumulative KPIs while their period runs, the
 *     actual otherwise
 * @param attainment actual against target in percent (target / actual for LOWER_IS_BETTER); null without both
 * @param pace for cumulative KPIs: the actual against the share of the target due by now, in percent
 * @param forecast for cumulative KPIs: the projected end-of-period value at the current rate
 * @param elapsed the share of the period that has passed, 0 to 1
 * @param reason a sentence for statuses that need one (NO_DATA, NO_TARGET, early in a period)
 */
public record Evaluation(PerformanceStatus status, BigDecimal judged, BigDecimal attainment, BigDecimal pace,
        BigDecimal forecast, double elapsed, String reason) {
}
