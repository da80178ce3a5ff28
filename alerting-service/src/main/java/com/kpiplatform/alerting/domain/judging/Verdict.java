package com.kpiplatform.alerting.domain.judging;

import java.math.BigDecimal;

/** Whether a KPI met its target in a period that just ended: its final actual against the target that applied then. */
public record Verdict(String kpiKey, String periodKey, PerformanceStatus status, boolean missed, BigDecimal actual,
        BigDecimal target, String message) {
}
