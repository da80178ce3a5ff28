package com.kpiplatform.definition.service;

import com.kpiplatform.definition.config.KpiDefinitionConfig;
import com.kpiplatform.definition.domain.okr.KeyResultSource;
import com.kpiplatform.definition.domain.okr.KpiPeriod;
import com.kpiplatform.definition.domain.okr.ObjectivePeriod;
import com.kpiplatform.definition.domain.okr.OkrStatus;
import com.kpiplatform.definition.domain.okr.OkrStatusRules;
import com.kpiplatform.definition.domain.okr.Progress;
import com.kpiplatform.definition.repository.CheckInEntity;
import com.kpiplatform.definition.repository.CheckInRepository;
import com.kpiplatform.definition.repository.KeyResultEntity;
import com.kpiplatform.definition.repository.KeyResultRepository;
import com.kpiplatform.definition.repository.ObjectiveEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Progress and status of objectives and their key results at the current time, for any number of
 * objectives with a constant number of queries and at most one call to the measurement-service.
 */
@ApplicationScoped
public class OkrProgress {

    /** What a key result's current value reads: where it comes from, when it was true, and how far to trust it. */
    public record Reading(KeyResultSource source, BigDecimal current, Instant currentAsOf, Integer confidence,
            boolean stale, String reason) {
    }

    /** A key result with where it stands. */
    public record KeyResultView(KeyResultEntity keyResult, Reading reading, BigDecimal progress, OkrStatus status,
            boolean frozen) {
    }

    /** An objective's period as instants, whether it has closed, and the share of it that has passed. */
    public record Timing(Instant periodStart, Instant periodEnd, boolean closed, BigDecimal expectedProgress) {
    }

    /** An objective and everything aligned below it, at any depth. */
    public record AlignmentTree(ObjectiveView objective, List<AlignmentTree> children) {
    }

    /** An objective with where it and its key results stand. */
    public record ObjectiveView(ObjectiveEntity objective, Timing timing, List<KeyResultView> keyResults,
            BigDecimal progress, OkrStatus status, boolean stale) {
    }

    @Inject
    KeyResultRepository keyResults;

    @Inject
    CheckInRepository checkIns;

    @Inject
    LinkedKpiValues linkedValues;

    @Inject
    KpiDefinitionConfig config;

    @Inject
    Clock clock;

    public ObjectiveView of(ObjectiveEntity objective) {
        return of(List.of(objective)).get(0);
    }

    /** Views in the order of the objectives given. */
    public List<ObjectiveView> of(List<ObjectiveEntity> objectives) {
        Instant now = clock.instant();
        Map<Long, ObjectiveEntity> byId = objectives.stream().collect(Collectors.toMap(o -> o.id, o -> o, (a, b) -> a));
        Map<Long, List<KeyResultEntity>> keyResultsByObjective = keyResults.ofObjectives(byId.keySet()).stream()
                .collect(Collectors.groupingBy(kr -> kr.objectiveId));
        List<KeyResultEntity> all = keyResultsByObjective.values().stream().flatMap(List::stream).toList();
        Map<Long, CheckInEntity> latestCheckIns = checkIns.latestOf(all.stream().filter(kr -> !kr.isLinkedToKpi())
                .map(kr -> kr.id).toList());
        Map<KpiPeriod, ObjectiveEntity> linked = new HashMap<>();
        all.stream().filter(KeyResultEntity::isLinkedToKpi)
                .forEach(kr -> linked.put(keyOf(kr, byId.get(kr.objectiveId)), byId.get(kr.objectiveId)));
        Map<KpiPeriod, LinkedKpiValues.Value> values = linkedValues.of(linked);
        OkrStatusRules rules = new OkrStatusRules(config.okr().atRiskGap(), config.okr().offTrackGap());
        return objectives.stream().map(objective -> view(objective, keyResultsByObjective.getOrDefault(objective.id, List.of()),
                latestCheckIns, values, rules, now)).toList();
    }

    private static ObjectiveView view(ObjectiveEntity objective, List<KeyResultEntity> keyResults,
            Map<Long, CheckInEntity> latestCheckIns, Map<KpiPeriod, LinkedKpiValues.Value> values, OkrStatusRules rules, Instant now) {
        ObjectivePeriod period = objective.objectivePeriod();
        boolean closed = period.isClosedAt(now, objective.zone());
        double elapsed = period.elapsedAt(now, objective.zone());
        List<KeyResultView> views = keyResults.stream().map(kr -> kr.isLinkedToKpi()
                ? linkedView(kr, values.get(keyOf(kr, objective)), elapsed, rules)
                : checkInView(kr, latestCheckIns.get(kr.id), elapsed, closed, rules)).toList();
        BigDecimal progress = Progress.weightedMean(views.stream()
                .map(v -> new Progress.Weighted(v.progress(), v.keyResult().weight)).toList());
        OkrStatus status = views.stream().map(KeyResultView::status).reduce(OkrStatus::worse)
                .orElse(OkrStatus.NO_KEY_RESULTS);
        Timing timing = new Timing(period.start(objective.zone()), period.end(objective.zone()), closed,
                BigDecimal.valueOf(elapsed).setScale(4, RoundingMode.HALF_EVEN));
        return new ObjectiveView(objective, timing, views, progress, status, views.stream().anyMatch(v -> v.reading().stale()));
    }

    private static KeyResultView linkedView(KeyResultEntity kr, LinkedKpiValues.Value value, double elapsed,
            OkrStatusRules rules) {
        Reading reading = new Reading(KeyResultSource.KPI, value.value(), value.lastMeasurementAt(), null, value.stale(),
                value.reason());
        BigDecimal progress = Progress.of(kr.start, kr.target, value.value());
        return new KeyResultView(kr, reading, progress, rules.keyResult(progress, elapsed, null), value.isFinal());
    }

    private static KeyResultView checkInView(KeyResultEntity kr, CheckInEntity latest, double elapsed, boolean closed,
            OkrStatusRules rules) {
        Reading reading = latest == null
                ? new Reading(KeyResultSource.CHECK_IN, null, null, null, false, "no check-in yet")
                : new Reading(KeyResultSource.CHECK_IN, latest.value, latest.checkedInAt, latest.confidence, false, null);
        BigDecimal progress = Progress.of(kr.start, kr.target, reading.current());
        return new KeyResultView(kr, reading, progress, rules.keyResult(progress, elapsed, reading.confidence()), closed);
    }

    private static KpiPeriod keyOf(KeyResultEntity kr, ObjectiveEntity objective) {
        return new KpiPeriod(kr.kpiKey, objective.period);
    }
}
