package com.kpiplatform.alerting.service.evaluation;

import com.kpiplatform.alerting.config.AlertingConfig;
import com.kpiplatform.alerting.domain.alert.AlertChange;
import com.kpiplatform.alerting.domain.alert.Observation.AlertKey;
import com.kpiplatform.alerting.domain.alert.Observation;
import com.kpiplatform.alerting.domain.cycle.CycleCounts;
import com.kpiplatform.alerting.domain.cycle.CycleRecord;
import com.kpiplatform.alerting.domain.cycle.Trigger;
import com.kpiplatform.alerting.domain.delivery.MissedTarget;
import com.kpiplatform.alerting.domain.judging.JudgeSettings;
import com.kpiplatform.alerting.domain.judging.Judgement;
import com.kpiplatform.alerting.domain.judging.KeyResultJudge;
import com.kpiplatform.alerting.domain.judging.KpiJudge;
import com.kpiplatform.alerting.domain.judging.PeriodHistory;
import com.kpiplatform.alerting.domain.judging.PreviousEvaluation;
import com.kpiplatform.alerting.domain.judging.RecordedVerdict;
import com.kpiplatform.alerting.domain.judging.Verdict;
import com.kpiplatform.alerting.domain.kpi.Kpi;
import com.kpiplatform.alerting.domain.kpi.MeasuredActuals;
import com.kpiplatform.alerting.domain.kpi.Objective;
import com.kpiplatform.alerting.domain.kpi.PeriodActual;
import com.kpiplatform.alerting.repository.CycleRepository;
import com.kpiplatform.alerting.repository.KeyResultStatusRepository;
import com.kpiplatform.alerting.repository.PeriodActualRepository;
import com.kpiplatform.alerting.repository.ScorecardRepository;
import com.kpiplatform.alerting.repository.VerdictRepository;
import com.kpiplatform.alerting.service.evaluation.CycleInputs.Inputs;
import com.kpiplatform.support.period.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * One evaluation cycle's work on the database, in one transaction: it keeps the history of
 * completed periods, judges every KPI and key result, records period-end verdicts, moves the alerts
 * through their lifecycle and records the cycle. It answers what routing tells people.
 */
@ApplicationScoped
public class EvaluationCycle {

    private static final Logger LOG = Logger.getLogger(EvaluationCycle.class);

    /** The recorded cycle, and what it hands on to routing: alert changes and missed targets. */
    public record Outcome(long cycleId, List<AlertChange> changes, List<MissedTarget> missedTargets) {
    }

    @Inject
    PeriodActualRepository periodActuals;

    @Inject
    ScorecardRepository scorecard;

    @Inject
    VerdictRepository verdicts;

    @Inject
    KeyResultStatusRepository keyResults;

    @Inject
    CycleRepository cycles;

    @Inject
    AlertProcessor alerts;

    @Inject
    AlertingConfig config;

    @Inject
    Clock clock;

    /** Evaluates everything the inputs hold. */
    public Outcome evaluate(Connection connection, Trigger trigger, Instant now, Map<String, PreviousEvaluation> previous,
            Inputs inputs) throws SQLException {
        KpiJudge judge = new KpiJudge(settings());
        MeasuredActuals measured = inputs.actuals();
        Map<String, PeriodActual> actuals = measured.actuals().stream()
                .collect(Collectors.toMap(a -> a.kpiKey() + "|" + a.periodKey(), Function.identity(), (a, b) -> b));
        PeriodHistory history = new PeriodHistory(periodActuals.history(connection,
                inputs.kpis().stream().map(Kpi::key).toList(), config.anomaly().periods()), config.anomaly().periods());
        List<PeriodActual> completed = history.changedBy(inputs.kpis(), measured.actuals());
        periodActuals.save(connection, completed);
        history.record(completed);

        List<Judgement> judgements = new ArrayList<>();
        List<Verdict> ended = new ArrayList<>();
        for (Kpi kpi : inputs.kpis()) {
            Period period = kpi.rules().period().parse(kpi.currentPeriod().key());
            String current = period.key();
            String last = period.previous().key();
            PeriodActual currentActual = actuals.get(kpi.key() + "|" + current);
            PeriodActual lastActual = actuals.get(kpi.key() + "|" + last);
            judgements.add(judge.judge(kpi, currentActual == null ? null : currentActual.value(),
                    measured.lastMeasurementAt().get(kpi.key()), lastActual == null ? null : lastActual.value(),
                    history.before(kpi.key(), current), now));
            judge.verdict(kpi, last, previous.get(kpi.key()), lastActual).ifPresent(ended::add);
        }
        List<MissedTarget> missed = missedTargets(verdicts.save(connection, ended, now), inputs.kpis());

        List<Objective> open = inputs.objectives().stream().filter(o -> !o.closed()).toList();
        List<Observation> observations = new ArrayList<>();
        judgements.forEach(j -> observations.addAll(j.observations()));
        Set<AlertKey> held = keyResultObservations(open, observations);
        AlertProcessor.Outcome lifecycle = alerts.apply(connection, observations, held, now);
        keyResults.save(connection, open, now);

        CycleCounts counts = new CycleCounts(judgements.size(), open.stream().mapToInt(o -> o.keyResults().size()).sum(),
                statuses(judgements, open), lifecycle.fired(), lifecycle.resolved());
        long cycleId = cycles.insert(connection, CycleRecord.succeeded(trigger, now, clock.instant(), counts));
        scorecard.save(connection, cycleId, judgements, now);
        Instant finished = clock.instant();
        cycles.finish(connection, cycleId, now, finished);
        LOG.infof("Evaluated %d KPIs and %d key results in %d ms: %s", counts.kpisEvaluated(),
                counts.keyResultsEvaluated(), Duration.between(now, finished).toMillis(), counts.statuses());
        return new Outcome(cycleId, lifecycle.changes(), missed);
    }

    private JudgeSettings settings() {
        return new JudgeSettings(config.evaluation().minElapsedForPace(), config.alerts().recoveryMarginPercent(),
                config.anomaly().threshold(), config.anomaly().minPeriods(), config.realism().beyondBestFactor());
    }

    private static List<MissedTarget> missedTargets(List<RecordedVerdict> recorded, List<Kpi> kpis) {
        Map<String, Kpi> byKey = kpis.stream().collect(Collectors.toMap(Kpi::key, Function.identity()));
        return recorded.stream().filter(r -> r.verdict().missed())
                .map(r -> new MissedTarget(r, byKey.get(r.verdict().kpiKey()))).toList();
    }

    /** Adds the observations of the open objectives' key results; stale ones cannot be judged, so their alerts hold. */
    private static Set<AlertKey> keyResultObservations(List<Objective> open, List<Observation> observations) {
        Set<AlertKey> held = new HashSet<>();
        for (Objective objective : open) {
            for (Objective.KeyResult keyResult : objective.keyResults()) {
                Observation observation = KeyResultJudge.observe(objective, keyResult);
                if (keyResult.stale()) {
                    held.add(observation.key());
                } else {
                    observations.add(observation);
                }
            }
        }
        return held;
    }

    private static Map<String, Map<String, Long>> statuses(List<Judgement> judgements, List<Objective> open) {
        Map<String, Map<String, Long>> statuses = new TreeMap<>();
        statuses.put("kpis", new TreeMap<>(judgements.stream()
                .collect(Collectors.groupingBy(j -> j.evaluation().status().name(), Collectors.counting()))));
        statuses.put("keyResults", new TreeMap<>(open.stream().flatMap(o -> o.keyResults().stream())
                .collect(Collectors.groupingBy(kr -> kr.standing().status(), Collectors.counting()))));
        return statuses;
    }
}
