package com.kpiplatform.definition.service;

import com.kpiplatform.definition.domain.Direction;
import com.kpiplatform.definition.domain.TargetSource;
import com.kpiplatform.definition.repository.KpiEntity;
import com.kpiplatform.definition.repository.KpiTargetEntity;
import com.kpiplatform.definition.repository.KpiTargetRepository;
import com.kpiplatform.support.period.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What each of many KPIs aims for at one instant: the period the instant falls in (in each KPI's
 * own time zone) and the explicit target of that period, else the default target. One query for
 * any number of KPIs.
 */
@ApplicationScoped
public class EffectiveTargets {

    @Inject
    KpiTargetRepository targets;

    /** What one KPI aims for at one instant: the period the instant falls in, and its target. */
    public record Resolved(KpiEntity kpi, Instant at, Period period, BigDecimal target, BigDecimal stretch,
            TargetSource source) {

        public Instant periodStart() {
            return period.start(kpi.zone());
        }

        public Instant periodEnd() {
            return period.end(kpi.zone());
        }
    }

    /** The targets of the KPIs, in their order. */
    public List<Resolved> at(Instant at, List<KpiEntity> kpis) {
        Map<Long, Period> periods = new LinkedHashMap<>();
        kpis.forEach(kpi -> periods.put(kpi.id, Period.containing(kpi.period, at, kpi.zone())));
        Set<String> periodKeys = periods.values().stream().map(Period::key).collect(Collectors.toSet());
        Map<KpiTargetEntity.Id, KpiTargetEntity> explicit = new HashMap<>();
        targets.findFor(periods.keySet(), periodKeys).forEach(t -> explicit.put(t.id, t));
        List<Resolved> resolved = new ArrayList<>(kpis.size());
        for (KpiEntity kpi : kpis) {
            Period period = periods.get(kpi.id);
            resolved.add(resolve(kpi, at, period, explicit.get(new KpiTargetEntity.Id(kpi.id, period.key()))));
        }
        return resolved;
    }

    public Resolved at(Instant at, KpiEntity kpi) {
        return at(at, List.of(kpi)).get(0);
    }

    private static Resolved resolve(KpiEntity kpi, Instant at, Period period, KpiTargetEntity explicit) {
        if (kpi.direction == Direction.WITHIN_RANGE) {
            return new Resolved(kpi, at, period, null, null, TargetSource.RANGE);
        }
        if (explicit != null) {
            return new Resolved(kpi, at, period, explicit.target, explicit.stretch, TargetSource.EXPLICIT);
        }
        if (kpi.defaultTarget != null) {
            return new Resolved(kpi, at, period, kpi.defaultTarget, null, TargetSource.DEFAULT);
        }
        return new Resolved(kpi, at, period, null, null, TargetSource.NONE);
    }
}
