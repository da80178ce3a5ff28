package com.kpiplatform.alerting.domain.judging;

import com.kpiplatform.alerting.domain.alert.Observation;
import com.kpiplatform.alerting.domain.kpi.Kpi;
import java.math.BigDecimal;
import java.util.List;

/**
 * One KPI's judgement in one cycle: its facts and evaluation, its previous period's actual, how
 * anomalous its value is (null without enough history), its target's realism, and what its STATUS
 * and ANOMALY alerts observe.
 */
public record Judgement(Kpi kpi, KpiFacts facts, Evaluation evaluation, BigDecimal previousActual,
        Double anomalyScore, List<TargetRealism.Finding> findings, List<Observation> observations) {
}
