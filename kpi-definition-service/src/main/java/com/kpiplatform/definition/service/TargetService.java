package com.kpiplatform.definition.service;

import com.kpiplatform.definition.domain.TargetRules;
import com.kpiplatform.definition.domain.TargetSetting;
import com.kpiplatform.definition.repository.ActorColumns;
import com.kpiplatform.definition.repository.KpiEntity;
import com.kpiplatform.definition.repository.KpiTargetEntity;
import com.kpiplatform.definition.repository.KpiTargetRepository;
import com.kpiplatform.support.period.InvalidPeriodKeyException;
import com.kpiplatform.support.problem.Problem.FieldViolation;
import com.kpiplatform.support.problem.ProblemException;
import com.kpiplatform.support.security.CurrentCaller;
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
    KpiHistory history;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    /** Sets one period's target; answers whether it was created (rather than replaced). */
    @Transactional
    public SetResult set(String key, TargetSetting setting) {
        KpiEntity kpi = kpiService.requireChangeable(key);
        List<FieldViolation> violations = new ArrayList<>();
        checkTarget(kpi, "", setting, violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        KpiTargetEntity existing = targets.find(kpi.id, setting.period()).orElse(null);
        return new SetResult(store(kpi, setting, existing), existing == null);
    }

    /** The outcome of setting one target. */
    public record SetResult(KpiTargetEntity target, boolean created) {
    }

    /** Sets many periods' targets: all of them, or none if any is invalid. Answers them in the order given. */
    @Transactional
    public List<KpiTargetEntity> setAll(String key, List<TargetSetting> settings) {
        KpiEntity kpi = kpiService.requireChangeable(key);
        List<FieldViolation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < settings.size(); i++) {
            TargetSetting setting = settings.get(i);
            String prefix = "targets[" + i + "].";
            if (!seen.add(setting.period())) {
                violations.add(new FieldViolation(prefix + "period", "repeats period " + setting.period()));
            }
            checkTarget(kpi, prefix, setting, violations);
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Map<String, KpiTargetEntity> existing = targets.findFor(List.of(kpi.id), seen).stream()
                .collect(Collectors.toMap(t -> t.id.periodKey(), Function.identity()));
        return settings.stream().map(setting -> store(kpi, setting, existing.get(setting.period()))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<KpiTargetEntity> list(String key, String fromKey, String toKey) {
        KpiEntity kpi = kpiService.require(key);
        checkPeriodKey(kpi, "from", fromKey);
        checkPeriodKey(kpi, "to", toKey);
        return targets.findBetween(kpi.id, fromKey, toKey);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public KpiTargetEntity get(String key, String periodKey) {
        KpiEntity kpi = kpiService.require(key);
        checkPeriodKey(kpi, "period", periodKey);
        return targets.find(kpi.id, periodKey).orElseThrow(() -> noTarget(key, periodKey));
    }

    @Transactional
    public void delete(String key, String periodKey) {
        KpiEntity kpi = kpiService.requireChangeable(key);
        checkPeriodKey(kpi, "period", periodKey);
        KpiTargetEntity target = targets.find(kpi.id, periodKey).orElseThrow(() -> noTarget(key, periodKey));
        targets.delete(target);
        history.record(kpi, KpiHistory.TARGET_DELETED, field(periodKey, "target"), plain(target.target), null);
        if (target.stretch != null) {
            history.record(kpi, KpiHistory.TARGET_DELETED, field(periodKey, "stretch"), plain(target.stretch), null);
        }
    }

    /** The period {@code at} (or now) falls in for the KPI, and the target that applies then. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EffectiveTargets.Resolved effective(String key, Instant at) {
        return effectiveTargets.at(at == null ? clock.instant() : at, kpiService.require(key));
    }

    private static ProblemException noTarget(String key, String periodKey) {
        return ProblemException.notFound("KPI " + key + " has no explicit target for " + periodKey + ".");
    }

    /** Adds what is wrong with the setting, its fields named with {@code prefix}, to {@code violations}. */
    private static void checkTarget(KpiEntity kpi, String prefix, TargetSetting setting, List<FieldViolation> violations) {
        TargetRules.targetsNotAllowed(kpi.direction)
                .ifPresent(reason -> violations.add(new FieldViolation(prefix + "target", reason)));
        try {
            kpi.period.parse(setting.period());
        } catch (InvalidPeriodKeyException e) {
            violations.add(new FieldViolation(prefix + "period", e.getMessage() + ", because KPI " + kpi.key + " is " + kpi.period));
        }
        TargetRules.stretchProblem(kpi.direction, setting.target(), setting.stretch())
                .ifPresent(problem -> violations.add(new FieldViolation(prefix + "stretch", problem)));
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

    private KpiTargetEntity store(KpiEntity kpi, TargetSetting setting, KpiTargetEntity existing) {
        KpiTargetEntity entity = existing != null ? existing : new KpiTargetEntity();
        String oldTarget = existing == null ? null : plain(existing.target);
        String oldStretch = existing == null ? null : plain(existing.stretch);
        String periodKey = setting.period();
        entity.id = new KpiTargetEntity.Id(kpi.id, periodKey);
        entity.target = setting.target();
        entity.stretch = setting.stretch();
        entity.updatedAt = clock.instant();
        entity.updatedBy = ActorColumns.of(caller.actor());
        if (existing == null) {
            targets.persist(entity);
        }
        recordIfChanged(kpi, field(periodKey, "target"), oldTarget, plain(setting.target()));
        recordIfChanged(kpi, field(periodKey, "stretch"), oldStretch, plain(setting.stretch()));
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
