package com.kpiplatform.alerting.service;

import com.kpiplatform.alerting.client.KpiView;
import com.kpiplatform.alerting.client.MeasurementClient.PeriodActual;
import com.kpiplatform.alerting.client.ObjectiveView;
import com.kpiplatform.alerting.config.AlertingConfig;
import com.kpiplatform.alerting.domain.AlertKind;
import com.kpiplatform.alerting.domain.KpiStatus;
import com.kpiplatform.alerting.domain.Observation;
import com.kpiplatform.alerting.domain.Observation.AlertKey;
import com.kpiplatform.alerting.domain.Severity;
import com.kpiplatform.alerting.domain.StatusRules;
import com.kpiplatform.alerting.domain.SubjectType;
import com.kpiplatform.alerting.repository.CycleStore;
import com.kpiplatform.alerting.repository.CycleStore.CycleRecord;
import com.kpiplatform.alerting.repository.CycleStore.PeriodValue;
import com.kpiplatform.alerting.repository.CycleStore.Previous;
import com.kpiplatform.alerting.repository.CycleStore.Verdict;
import com.kpiplatform.alerting.service.CycleInputs.Inputs;
import com.kpiplatform.alerting.service.KpiJudge.Judgement;
import com.kpiplatform.support.period.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * One evaluation cycle's work on the database, in one transaction: the history of completed
 * periods, every KPI's judgement, period-end verdicts, key results, alert changes and the cycle's
 * record.
 */
@ApplicationScoped
public class EvaluationCycle {

    private static final Logger LOG = Logger.getLogger(EvaluationCycle.class);

    @Inject
    CycleStore store;

    @Inject
    KpiJudge judge;

    @Inject
    AlertProcessor alerts;

    @Inject
    AlertingConfig config;

    @Inject
    Clock clock;

    /** Evaluates everything the inputs hold and answers the recorded cycle's id. */
    public long evaluate(Connection connection, Trigger trigger, Instant now, Map<String, Previous> previous,
            Inputs inputs) throws SQLException {
        Map<String, PeriodActual> actuals = inputs.actuals().actuals().stream()
                .collect(Collectors.toMap(a -> a.kpiKey() + "|" + a.periodKey(), Function.identity(), (a, b) -> b));
        Map<String, List<PeriodValue>> history = store.history(connection,
                inputs.kpis().stream().map(KpiView::key).toList(), config.anomaly().periods());
        List<PeriodActual> changed = changedCompletedActuals(inputs, history);
        store.savePeriodActuals(connection, changed);
        withChanges(history, changed);
        List<Judgement> judgements = new ArrayList<>();
        List<Verdict> verdicts = new ArrayList<>();
        for (KpiView kpi : inputs.kpis()) {
            Period current = kpi.period().parse(kpi.currentPeriod().key());
            PeriodActual currentActual = actuals.get(kpi.key() + "|" + current.key());
            PeriodActual last = actuals.get(kpi.key() + "|" + current.previous().key());
            Judgement judgement = judge.judge(kpi, currentActual == null ? null : currentActual.value(),
                    inputs.actuals().lastMeasurementAt().get(kpi.key()), last == null ? null : last.value(),
                    completed(history.get(kpi.key()), current), now);
            judgements.add(judgement);
            verdict(kpi, current.previous(), previous.get(kpi.key()), last).ifPresent(verdicts::add);
        }
        store.saveVerdicts(connection, verdicts, now);

        List<Observation> observations = new ArrayList<>();
        judgements.forEach(j -> observations.addAll(j.observations()));
        Set<AlertKey> held = new HashSet<>();
        int keyResults = keyResultObservations(inputs.objectives(), observations, held);
        AlertProcessor.Outcome outcome = alerts.apply(connection, observations, held, now);
        store.saveKeyResults(connection, inputs.objectives().stream().filter(o -> !o.closed()).toList(), now);

        Map<String, Map<String, Long>> statuses = new TreeMap<>();
        statuses.put("kpis", new TreeMap<>(judgements.stream()
                .collect(Collectors.groupingBy(j -> j.evaluation().status().name(), Collectors.counting()))));
        statuses.put("keyResults", new TreeMap<>(inputs.objectives().stream().filter(o -> !o.closed())
                .flatMap(o -> o.keyResults().stream())
                .collect(Collectors.groupingBy(ObjectiveView.KeyResult::status, Collectors.counting()))));
        CycleRecord record = new CycleRecord(trigger.name(), "SUCCEEDED", now, clock.instant(), judgements.size(), keyResults,
                statuses, outcome.fired(), outcome.resolved(), null);
        long cycleId = store.insertCycle(connection, record);
        store.saveEvaluations(connection, cycleId, judgements, now);
        Instant finished = store.finishCycle(connection, cycleId, now, clock.instant());
        LOG.infof("Evaluated %d KPIs and %d key results in %d ms: %s", record.kpisEvaluated(),
                record.keyResultsEvaluated(), Duration.between(now, finished).toMillis(), statuses);
        return cycleId;
    }

    /** The actuals of completed periods of the KPI's current period type, newest first. */
    private List<Double> completed(List<PeriodValue> stored, Period current) {
        if (stored == null) {
            return List.of();
        }
        String shape = shape(current.key());
        return stored.stream().filter(p -> p.periodKey().compareTo(current.key()) < 0 && shape(p.periodKey()).equals(shape))
                .limit(config.anomaly().periods()).map(p -> p.value().doubleValue()).toList();
    }

    /**
     * The form of a period key with its digits masked ({@code 9999-99}, {@code 9999-Q9}, {@code 9999-W99}...):
     * keys of one period type share it. A KPI whose period type changed keeps keys of the old type in
     * its history; they are not compared with the new ones.
     */
    private static String shape(String periodKey) {
        char[] chars = periodKey.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (Character.isDigit(chars[i])) {
                chars[i] = '9';
            }
        }
        return new String(chars);
    }

    /** The stored history with the values just read, newest period first. */
    private static void withChanges(Map<String, List<PeriodValue>> history, List<PeriodActual> changed) {
        Set<String> touched = new HashSet<>();
        for (PeriodActual actual : changed) {
            List<PeriodValue> values = history.computeIfAbsent(actual.kpiKey(), k -> new ArrayList<>());
            values.removeIf(v -> v.periodKey().equals(actual.periodKey()));
            if (actual.value() != null) {
                values.add(new PeriodValue(actual.periodKey(), actual.value()));
            }
            touched.add(actual.kpiKey());
        }
        touched.forEach(kpi -> history.get(kpi).sort(Comparator.comparing(PeriodValue::periodKey).reversed()));
    }

    /** Completed periods' actuals that the stored history does not hold yet, or holds with another value. */
    private static List<PeriodActual> changedCompletedActuals(Inputs inputs, Map<String, List<PeriodValue>> history) {
        Set<String> current = inputs.kpis().stream().map(k -> k.key() + "|" + k.currentPeriod().key())
                .collect(Collectors.toSet());
        Map<String, BigDecimal> stored = new HashMap<>();
        history.forEach((kpi, values) -> values.forEach(v -> stored.put(kpi + "|" + v.periodKey(), v.value())));
        return inputs.actuals().actuals().stream()
                .filter(a -> !current.contains(a.kpiKey() + "|" + a.periodKey()))
                .filter(a -> {
                    BigDecimal known = stored.get(a.kpiKey() + "|" + a.periodKey());
                    return known == null ? a.value() != null : a.value() == null || known.compareTo(a.value()) != 0;
                })
                .toList();
    }

    /**
     * The verdict on the period that just ended, when the last cycle still saw the KPI in it: its
     * final actual against the target that applied then.
     */
    private static Optional<Verdict> verdict(KpiView kpi, Period ended, Previous previous, PeriodActual last) {
        if (previous == null || !ended.key().equals(previous.periodKey()) || last == null) {
            return Optional.empty();
        }
        var facts = KpiJudge.facts(kpi, previous.target(), previous.stretch(), last.value(), null);
        if (!facts.hasTarget()) {
            return Optional.empty();
        }
        BigDecimal actual = last.value() == null && kpi.aggregation().isCumulative() ? BigDecimal.ZERO : last.value();
        KpiStatus status = actual == null ? KpiStatus.NO_DATA : StatusRules.classify(facts, actual);
        boolean missed = !status.isGood();
        String against = facts.target() != null ? "target " + facts.target().toPlainString()
                : "range " + facts.rangeMin().toPlainString() + " to " + facts.rangeMax().toPlainString();
        String message = (missed ? "Missed " : "Met ") + against + " for " + ended.key() + ": "
                + (actual == null ? "no actual" : "actual " + actual.stripTrailingZeros().toPlainString()) + " (" + status + ")";
        return Optional.of(new Verdict(kpi.key(), ended.key(), status.name(), missed, actual, facts.target(), message));
    }

    /** Observations of the key results of open objectives; stale ones cannot be judged, so their alerts hold. */
    private static int keyResultObservations(List<ObjectiveView> objectives, List<Observation> observations,
            Set<AlertKey> held) {
        int count = 0;
        for (ObjectiveView objective : objectives) {
            if (objective.closed()) {
                continue;
            }
            for (ObjectiveView.KeyResult kr : objective.keyResults()) {
                count++;
                Observation observation = keyResultObservation(objective, kr);
                if (kr.stale()) {
                    held.add(observation.key());
                } else {
                    observations.add(observation);
                }
            }
        }
        return count;
    }

    private static Observation keyResultObservation(ObjectiveView objective, ObjectiveView.KeyResult kr) {
        Severity bad = switch (kr.status()) {
            case "AT_RISK" -> Severity.WARNING;
            case "OFF_TRACK" -> Severity.CRITICAL;
            default -> null;
        };
        String detail = "%s: progress %s where %s was expected by now".formatted(kr.status(), kr.progress(),
                objective.expectedProgress()) + (kr.confidence() == null ? "" : ", confidence " + kr.confidence());
        return new Observation(AlertKind.STATUS, SubjectType.KEY_RESULT, Long.toString(kr.id()), objective.period(),
                objective.title() + " / " + kr.title(), objective.owner() == null ? null : objective.owner().team(), null,
                List.of(), kr.status(), bad, bad == null, kr.current(), kr.target(), detail);
    }
}
