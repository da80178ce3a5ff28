package com.kpiplatform.alerting.domain.alert;

import java.math.BigDecimal;

/**
 * How an observed subject stands: bad (with a severity) or not, and if not, whether it is clear
 * of the recovery margin; the values an alert about it shows.
 *
 * @param status the subject's status in words: a KPI status, a key result status, ANOMALY, FAILING or OK
 * @param bad the severity of the bad condition, or null when the subject is not bad
 * @param pace for cumulative KPIs: the actual against the target due by now, in percent
 * @param forecast for cumulative KPIs: the projected end-of-period value
 */
public record Condition(String status, Severity bad, boolean clear, BigDecimal value, BigDecimal target,
        BigDecimal pace, BigDecimal forecast, String detail) {
}
