package com.kpiplatform.alerting.domain.judging;

import com.kpiplatform.alerting.domain.kpi.Objective;
import java.time.Instant;

/**
 * A key result's latest evaluated status, with its objective (as recorded: the objective without
 * its other key results, the key result without its values).
 */
public record KeyResultEvaluation(Objective objective, Objective.KeyResult keyResult, Instant evaluatedAt) {
}
