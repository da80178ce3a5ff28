package com.kpiplatform.alerting.domain.judging;

import com.kpiplatform.alerting.domain.kpi.Target;

/** What the last cycle left for a KPI: the period it judged, the target then, and whether its history is loaded. */
public record PreviousEvaluation(String periodKey, Target target, boolean historyLoaded) {
}
