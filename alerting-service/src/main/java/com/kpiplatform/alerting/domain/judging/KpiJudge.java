package com.kpiplatform.alerting.domain.judging;

import com.kpiplatform.alerting.domain.alert.AlertKind;
import com.kpiplatform.alerting.domain.alert.Condition;
import com.kpiplatform.alerting.domain.alert.Observation.AlertKey;
import com.kpiplatform.alerting.domain.alert.Observation;
import com.kpiplatform.alerting.domain.alert.Severity;
import com.kpiplatform.alerting.domain.alert.SubjectType;
import com.kpiplatform.alerting.domain.kpi.Kpi;
import com.kpiplatform.alerting.domain.kpi.PeriodActual;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Judges one KPI: its status, pace and forecast in its current period, its target's realism
 * against its history, how anomalous its value is, what its STATUS and ANOMALY alerts observe, and
 * the verdict on a period that just ended.
 */
public final class KpiJudge {

    /** An anomaly alert resolves once the score falls below this share of the threshold. */
    private static final double ANOMALY_RECOVERY = 0.75;

    private final JudgeSettings settings;
    private final PerformanceRules rules;

    public KpiJudge(JudgeSettings settings) {
        this.settings = settings;
        this.rules = new PerformanceRules(settings.minElapsedForPace());
    }

    /**
     * @param actual the current period's actual so far; null without any
     * @param lastMeasurementAt the KPI's latest measurement ever; null without any
     * @param history actuals of its last completed periods, newest first
     */
    public Judgement judge(Kpi kpi, BigDecimal actual, Instant lastMeasurementAt, BigDecimal previousActual,
            List<Double> history, Instant now) {
        KpiFacts facts = new KpiFacts(kpi.rules(), kpi.target(), actual, lastMeasurementAt, kpi.currentPeriod());
        Evaluation evaluation = rules.evaluate(facts, now);
        BigDecimal comparable = anomalyValue(kpi, evaluation, actual);
        Double score = comparable == null ? null : RobustScore.of(history, comparable.doubleValue(), settings.minHistory());
        List<TargetRealism.Finding> findings = TargetRealism.findings(kpi.rules().direction(), kpi.target().value(),
                kpi.target().stretch(), history, settings.minHistory(), settings.beyondBestFactor());
        return new Judgement(kpi, facts, evaluation, previousActual, score, findings,
                List.of(statusObservation(kpi, facts, evaluation), anomalyObservation(kpi, evaluation, comparable, score)));
    }

    /**
     * The verdict on the period that just ended, when the last cycle still saw the KPI in it: its
     * final actual against the target that applied then.
     */
    public Optional<Verdict> verdict(Kpi kpi, String endedPeriodKey, PreviousEvaluation previous, PeriodActual last) {
        if (previous == null || !endedPeriodKey.equals(previous.periodKey()) || last == null) {
            return Optional.empty();
        }
        KpiFacts facts = new KpiFacts(kpi.rules(), previous.target(), last.value(), null, kpi.currentPeriod());
        if (!facts.hasTarget()) {
            return Optional.empty();
        }
        BigDecimal actual = last.value() == null && facts.aggregation().isCumulative() ? BigDecimal.ZERO : last.value();
        PerformanceStatus status = actual == null ? PerformanceStatus.NO_DATA : PerformanceRules.classify(facts, actual);
        boolean missed = !status.isGood();
        String against = facts.target() != null ? "target " + facts.target().toPlainString()
                : "range " + facts.rangeMin().toPlainString() + " to " + facts.rangeMax().toPlainString();
        String message = (missed ? "Missed " : "Met ") + against + " for " + endedPeriodKey + ": "
                + (actual == null ? "no actual" : "actual " + actual.stripTrailingZeros().toPlainString()) + " (" + status + ")";
        return Optional.of(new Verdict(kpi.key(), endedPeriodKey, status, missed, actual, facts.target(), message));
    }

    private Observation statusObservation(Kpi kpi, KpiFacts facts, Evaluation evaluation) {
        PerformanceStatus status = evaluation.status();
        Severity bad = status.isAlerting() ? Severity.of(status) : null;
        boolean clear = status.isGood() && Recovery.isClear(facts, evaluation.judged(), settings.recoveryMarginPercent());
        String detail = status + (evaluation.judged() == null ? "" : ": " + (facts.aggregation().isCumulative()
                && evaluation.elapsed() < 1 ? "forecast " : "actual ") + evaluation.judged().stripTrailingZeros().toPlainString())
                + (facts.target() == null ? "" : " against target " + facts.target().toPlainString())
                + (evaluation.reason() == null ? "" : " (" + evaluation.reason() + ")");
        return observation(kpi, AlertKind.STATUS, new Condition(status.name(), bad,
                clear || status == PerformanceStatus.NO_TARGET, evaluation.judged(), facts.target(), evaluation.pace(),
                evaluation.forecast(), detail));
    }

    private Observation anomalyObservation(Kpi kpi, Evaluation evaluation, BigDecimal value, Double score) {
        double threshold = settings.anomalyThreshold();
        boolean anomalous = score != null && score >= threshold;
        boolean clear = score == null || score < threshold * ANOMALY_RECOVERY;
        String detail = score == null ? "no anomaly score" : "robust score %.1f against a threshold of %.1f"
                .formatted(score, threshold);
        return observation(kpi, AlertKind.ANOMALY, new Condition("ANOMALY", anomalous ? Severity.WARNING : null, clear,
                value, null, evaluation.pace(), evaluation.forecast(), detail));
    }

    private static Observation observation(Kpi kpi, AlertKind kind, Condition condition) {
        return new Observation(new AlertKey(kind, SubjectType.KPI, kpi.key(), kpi.currentPeriod().key()), kpi.title(),
                kpi.profile(), condition);
    }

    /** Snapshots compare their actual; cumulative KPIs their forecast, once it is trusted. */
    private BigDecimal anomalyValue(Kpi kpi, Evaluation evaluation, BigDecimal actual) {
        if (!kpi.rules().aggregation().isCumulative()) {
            return actual;
        }
        return evaluation.elapsed() >= settings.minElapsedForPace() ? evaluation.forecast() : null;
    }
}
