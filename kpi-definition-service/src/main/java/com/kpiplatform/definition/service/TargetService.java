package com.kpiplatform.definition.service;

import com.kpiplatform.support.period.InvalidPeriodKeyException;
import com.kpiplatform.definition.domain.TargetRules;
import com.kpiplatform.definition.mapping.KpiMapper;
import com.kpiplatform.definition.mapping.TargetMapper;
import com.kpiplatform.definition.repository.KpiEntity;
import com.kpiplatform.definition.repository.KpiTargetEntity;
import com.kpiplatform.definition.repository.KpiTargetRepository;
import com.kpiplatform.definition.rest.dto.BulkTargetsRequest;
import com.kpiplatform.definition.rest.dto.EffectiveTarget;
import com.kpiplatform.definition.rest.dto.PeriodTarget;
import com.kpiplatform.definition.rest.dto.PeriodTargetRequest;
import com.kpiplatform.definition.rest.dto.TargetRequest;
import com.kpiplatform.support.actor.CurrentActor;
import com.kpiplatform.support.problem.Problem.FieldViolation;
import com.kpiplatform.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Per-period targets of KPIs: one at a time or many atomically, with every change in the history. */
@ApplicationScoped
public class TargetService {

    @Inject
    KpiService kpiService;

    @Inject
    KpiTargetRepository targets;

    @Inject
    EffectiveTargets effectiveTargets;

    @Inject
    TargetMapper targetMapper;

    @Inject
    KpiMapper kpiMapper;

    @Inject
    KpiHistory history;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    /** Sets one period's target; answers whether it was created (rather than replaced). */
    @Transactional
    public SetResult set(String key, String periodKey, TargetRequest request) {
        KpiEntity kpi = kpiService.requireActive(key);
        List<FieldViolation> violations = new ArrayList<>();
        checkTarget(kpi, "period", periodKey, "target", request.target(), "stretch", request.stretch(), violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        KpiTargetEntity existing = targets.find(kpi.id, periodKey).orElse(null);
        KpiTargetEntity stored = store(kpi, periodKey, request.target(), request.stretch(), existing);
        return new SetResult(targetMapper.toPeriodTarget(stored), existing == null);
    }

    /** The outcome of setting one target. */
    public record SetResult(PeriodTarget target, boolean created) {
    }

    /** Sets many periods' targets: all of them, or none if any is invalid. Answers them in request order. */
    @Transactional
    public List<PeriodTarget> setAll(String key, BulkTargetsRequest request) {
        KpiEntity kpi = kpiService.requireActive(key);
        List<FieldViolation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.targets().size(); i++) {
            PeriodTargetRequest item = request.targets().get(i);
            String prefix = "targets[" + i + "].";
            if (!seen.add(item.period())) {
                violations.add(new FieldViolation(prefix + "period", "repeats period " + item.period()));
            }
            checkTarget(kpi, prefix + "period", item.period(), prefix + "target", item.target(), prefix + "stretch",
                    item.stretch(), violations);
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Map<String, KpiTargetEntity> existing = targets.findFor(List.of(kpi.id), seen).stream()
                .collect(Collectors.toMap(t -> t.id.periodKey(), Function.identity()));
        return request.targets().stream()
                .map(item -> store(kpi, item.period(), item.target(), item.stretch(), existing.get(item.period())))
                .map(targetMapper::toPeriodTarget)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PeriodTarget> list(String key, String fromKey, String toKey) {
        KpiEntity kpi = kpiService.require(key);
        checkPeriodKey(kpi, "from", fromKey);
        checkPeriodKey(kpi, "to", toKey);
        return targets.findBetween(kpi.id, fromKey, toKey).stream().map(targetMapper::toPeriodTarget).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PeriodTarget get(String key, String periodKey) {
        KpiEntity kpi = kpiService.require(key);
        checkPeriodKey(kpi, "period", periodKey);
        return targets.find(kpi.id, periodKey).map(targetMapper::toPeriodTarget).orElseThrow(() -> noTarget(key, periodKey));
    }

    @Transactional
    public void delete(String key, String periodKey) {
        KpiEntity kpi = kpiService.requireActive(key);
        checkPeriodKey(kpi, "period", periodKey);
        KpiTargetEntity target = targets.find(kpi.id, periodKey).orElseThrow(() -> noTarget(key, periodKey));
        targets.delete(target);
        history.record(kpi, KpiHistory.TARGET_DELETED, field(periodKey, "target"), plain(target.target), null);
        if (target.stretch != null) {
            history.record(kpi, KpiHistory.TARGET_DELETED, field(periodKey, "stretch"), plain(target.stretch), null);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EffectiveTarget effective(String key, Instant at) {
        KpiEntity kpi = kpiService.require(key);
        Instant instant = at == null ? clock.instant() : at;
        EffectiveTargets.Resolved resolved = effectiveTargets.at(instant, kpi);
        return new EffectiveTarget(kpi.key, instant, kpi.timeZone, resolved.bounds(), resolved.target(),
                resolved.stretch(), resolved.source(), kpiMapper.range(kpi));
    }

    private static ProblemException noTarget(String key, String periodKey) {
        return ProblemException.notFound("KPI " + key + " has no explicit target for " + periodKey + ".");
    }

    private static void checkTarget(KpiEntity kpi, String periodField, String periodKey, String targetField,
            BigDecimal target, String stretchField, BigDecimal stretch, List<FieldViolation> violations) {
        TargetRules.targetsNotAllowed(kpi.direction).ifPresent(reason -> violations.add(new FieldViolation(targetField, reason)));
        try {
            kpi.period.parse(periodKey);
        } catch (InvalidPeriodKeyException e) {
            violations.add(new FieldViolation(periodField, e.getMessage() + ", because KPI " + kpi.key + " is " + kpi.period));
        }
        TargetRules.stretchProblem(kpi.direction, target, stretch)
                .ifPresent(problem -> violations.add(new FieldViolation(stretchField, problem)));
    }

    private static void checkPeriodKey(KpiEntity kpi, String field, String periodKey) {
        if (periodKey == null) {
            return;
        }
        try {
            kpi.period.parse(periodKey);
        } catch (InvalidPeriodKeyException e) {
            throw ProblemException.invalid(field, e.getMessage() + ", because KPI " + kpi.key + " is " + kpi.period);
        }
    }

    private KpiTargetEntity store(KpiEntity kpi, String periodKey, BigDecimal target, BigDecimal stretch,
            KpiTargetEntity existing) {
        KpiTargetEntity entity = existing != null ? existing : new KpiTargetEntity();
        String oldTarget = existing == null ? null : plain(existing.target);
        String oldStretch = existing == null ? null : plain(existing.stretch);
        entity.id = new KpiTargetEntity.Id(kpi.id, periodKey);
        entity.target = target;
        entity.stretch = stretch;
        entity.updatedAt = clock.instant();
        entity.updatedBy = actor.name();
        if (existing == null) {
            targets.persist(entity);
        }
        recordIfChanged(kpi, field(periodKey, "target"), oldTarget, plain(target));
        recordIfChanged(kpi, field(periodKey, "stretch"), oldStretch, plain(stretch));
        return entity;
    }

    private void recordIfChanged(KpiEntity kpi, String field, String from, String to) {
        if (!Objects.equals(from, to)) {
            history.record(kpi, KpiHistory.TARGET_SET, field, from, to);
        }
    }

    private static String field(String periodKey, String name) {
        return "targets[" + periodKey + "]." + name;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
