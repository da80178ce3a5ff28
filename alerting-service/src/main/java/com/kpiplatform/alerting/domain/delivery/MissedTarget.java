package com.kpiplatform.alerting.domain.delivery;

import com.kpiplatform.alerting.domain.judging.RecordedVerdict;
import com.kpiplatform.alerting.domain.kpi.Kpi;

/** A period that ended below its target, as routing tells it: the recorded verdict and its KPI. */
public record MissedTarget(RecordedVerdict recorded, Kpi kpi) {
}
