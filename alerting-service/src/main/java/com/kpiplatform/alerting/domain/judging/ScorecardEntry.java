package com.kpiplatform.alerting.domain.judging;

import com.kpiplatform.alerting.domain.kpi.Aggregation;
import com.kpiplatform.alerting.domain.kpi.Direction;
import com.kpiplatform.alerting.domain.kpi.Profile;
import com.kpiplatform.alerting.domain.kpi.Target;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A KPI's latest evaluation, what a dashboard renders. */
public record ScorecardEntry(String kpiKey, Profile profile, Direction direction, Aggregation aggregation,
        Latest latest, Comparison comparison) {

    /** The latest cycle's judgement of the KPI's current period. */
    public record Latest(String periodKey, Instant evaluatedAt, Target target, Standing standing) {
    }

    /** Where the KPI stands: its status and the figures behind it. */
    public record Standing(PerformanceStatus status, BigDecimal actual, BigDecimal attainment, BigDecimal pace,
            BigDecimal forecast, String reason) {
    }

    /** How the KPI compares with its past: the previous period, how anomalous it is, how realistic its target. */
    public record Comparison(BigDecimal previousActual, Double anomalyScore, List<TargetRealism.Finding> findings) {
    }
}
