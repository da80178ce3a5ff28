package com.kpiplatform.alerting.service;

import com.kpiplatform.alerting.client.KpiView;
import com.kpiplatform.alerting.config.AlertingConfig;
import com.kpiplatform.alerting.domain.AlertKind;
import com.kpiplatform.alerting.domain.Evaluation;
import com.kpiplatform.alerting.domain.KpiFacts;
import com.kpiplatform.alerting.domain.KpiStatus;
import com.kpiplatform.alerting.domain.Observation;
import com.kpiplatform.alerting.domain.Recovery;
import com.kpiplatform.alerting.domain.RobustScore;
import com.kpiplatform.alerting.domain.Severity;
import com.kpiplatform.alerting.domain.StatusRules;
import com.kpiplatform.alerting.domain.SubjectType;
import com.kpiplatform.alerting.domain.TargetRealism;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Judges one KPI in one cycle: its status, pace and forecast, its target's realism against its
 * history, how anomalous its value is, and what its STATUS and ANOMALY alerts observe.
 */
@ApplicationScoped
public class KpiJudge {

    /** An anomaly alert resolves once the score falls below this share of the threshold. */
    private static final double ANOMALY_RECOVERY = 0.75;

    /**
     * One KPI's judgement.
     *
     * @param history actuals of its last completed periods, newest first
     */
    public record Judgement(KpiView kpi, KpiFacts facts, Evaluation evaluation, BigDecimal actual,
            Instant lastMeasurementAt, BigDecimal previousActual, Double anomalyScore,
            List<TargetRealism.Finding> findings, List<Observation> observations) {
    }

    @Inject
    AlertingConfig config;

    public Judgement judge(KpiView kpi, BigDecimal actual, Instant lastMeasurementAt, BigDecimal previousActual,
            List<Double> history, Instant now) {
        KpiFacts facts = facts(kpi, kpi.target(), kpi.stretch(), actual, lastMeasurementAt);
        Evaluation evaluation = new StatusRules(config.evaluation().minElapsedForPace()).evaluate(facts, now);
        Double score = anomalyScore(kpi, evaluation, actual, history);
        List<TargetRealism.Finding> findings = TargetRealism.findings(kpi.direction(), kpi.target(), kpi.stretch(),
                history, config.anomaly().minPeriods(), config.realism().beyondBestFactor());
        return new Judgement(kpi, facts, evaluation, actual, lastMeasurementAt, previousActual, score, findings,
                List.of(statusObservation(kpi, facts, evaluation), anomalyObservation(kpi, evaluation, actual, score)));
    }

    /** The facts of a KPI for its current period, with a given target (the current one, or a past period's). */
    public static KpiFacts facts(KpiView kpi, BigDecimal target, BigDecimal stretch, BigDecimal actual,
            Instant lastMeasurementAt) {
        return new KpiFacts(kpi.direction(), kpi.aggregation(), target, stretch,
                kpi.range() == null ? null : kpi.range().min(), kpi.range() == null ? null : kpi.range().max(),
                kpi.thresholds() == null ? BigDecimal.TEN : kpi.thresholds().amberTolerancePercent(), kpi.staleAfter(),
                actual, lastMeasurementAt, kpi.currentPeriod().start(), kpi.currentPeriod().end());
    }

    private Observation statusObservation(KpiView kpi, KpiFacts facts, Evaluation evaluation) {
        KpiStatus status = evaluation.status();
        Severity bad = status.isAlerting() ? Severity.of(status) : null;
        boolean clear = status.isGood() && Recovery.isClear(facts, evaluation.judged(), config.alerts().recoveryMarginPercent());
        String detail = status + (evaluation.judged() == null ? "" : ": " + (kpi.aggregation().isCumulative()
                && evaluation.elapsed() < 1 ? "forecast " : "actual ") + evaluation.judged().stripTrailingZeros().toPlainString())
                + (facts.target() == null ? "" : " against target " + facts.target().toPlainString())
                + (evaluation.reason() == null ? "" : " (" + evaluation.reason() + ")");
        return observation(kpi, AlertKind.STATUS, status.name(), bad, clear || status == KpiStatus.NO_TARGET,
                evaluation.judged(), facts.target(), detail);
    }

    private Observation anomalyObservation(KpiView kpi, Evaluation evaluation, BigDecimal actual, Double score) {
        double threshold = config.anomaly().threshold();
        boolean anomalous = score != null && score >= threshold;
        boolean clear = score == null || score < threshold * ANOMALY_RECOVERY;
        String detail = score == null ? "no anomaly score" : "robust score %.1f against a threshold of %.1f"
                .formatted(score, threshold);
        return observation(kpi, AlertKind.ANOMALY, "ANOMALY", anomalous ? Severity.WARNING : null, clear,
                anomalyValue(kpi, evaluation, actual), null, detail);
    }

    private Observation observation(KpiView kpi, AlertKind kind, String status, Severity bad, boolean clear,
            BigDecimal value, BigDecimal target, String detail) {
        return new Observation(kind, SubjectType.KPI, kpi.key(), kpi.currentPeriod().key(),
                kpi.name() + " (" + kpi.key() + ")", kpi.ownerTeam(), kpi.category(), kpi.tags(), status, bad, clear,
                value, target, detail);
    }

    private Double anomalyScore(KpiView kpi, Evaluation evaluation, BigDecimal actual, List<Double> history) {
        BigDecimal value = anomalyValue(kpi, evaluation, actual);
        return value == null ? null : RobustScore.of(history, value.doubleValue(), config.anomaly().minPeriods());
    }

    /** Snapshots compare their actual; cumulative KPIs their forecast, once it is trusted. */
    private BigDecimal anomalyValue(KpiView kpi, Evaluation evaluation, BigDecimal actual) {
        if (!kpi.aggregation().isCumulative()) {
            return actual;
        }
        return evaluation.elapsed() >= config.evaluation().minElapsedForPace() ? evaluation.forecast() : null;
    }
}
