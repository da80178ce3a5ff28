package com.kpiplatform.definition.service;

import com.kpiplatform.definition.domain.Direction;
import com.kpiplatform.support.period.Period;
import com.kpiplatform.definition.repository.KpiEntity;
import com.kpiplatform.definition.repository.KpiTargetEntity;
import com.kpiplatform.definition.repository.KpiTargetRepository;
import com.kpiplatform.definition.rest.dto.EffectiveTarget.Source;
import com.kpiplatform.definition.rest.dto.PeriodBounds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
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

    /** The resolved target of one KPI at one instant. */
    public record Resolved(Period period, PeriodBounds bounds, BigDecimal target, BigDecimal stretch, Source source) {
    }

    public Map<Long, Resolved> at(Instant at, Collection<KpiEntity> kpis) {
        Map<Long, Period> periods = new LinkedHashMap<>();
        kpis.forEach(kpi -> periods.put(kpi.id, Period.containing(kpi.period, at, kpi.zone())));
        Set<String> periodKeys = periods.values().stream().map(Period::key).collect(Collectors.toSet());
        Map<KpiTargetEntity.Id, KpiTargetEntity> explicit = new HashMap<>();
        targets.findFor(periods.keySet(), periodKeys).forEach(t -> explicit.put(t.id, t));
        Map<Long, Resolved> resolved = new HashMap<>();
        for (KpiEntity kpi : kpis) {
            Period period = periods.get(kpi.id);
            resolved.put(kpi.id, resolve(kpi, period, explicit.get(new KpiTargetEntity.Id(kpi.id, period.key()))));
        }
        return resolved;
    }

    public Resolved at(Instant at, KpiEntity kpi) {
        return at(at, List.of(kpi)).get(kpi.id);
    }

    private static Resolved resolve(KpiEntity kpi, Period period, KpiTargetEntity explicit) {
        PeriodBounds bounds = new PeriodBounds(period.key(), period.start(kpi.zone()), period.end(kpi.zone()));
        if (kpi.direction == Direction.WITHIN_RANGE) {
            return new Resolved(period, bounds, null, null, Source.RANGE);
        }
        if (explicit != null) {
            return new Resolved(period, bounds, explicit.target, explicit.stretch, Source.EXPLICIT);
        }
        if (kpi.defaultTarget != null) {
            return new Resolved(period, bounds, kpi.defaultTarget, null, Source.DEFAULT);
        }
        return new Resolved(period, bounds, null, null, Source.NONE);
    }
}
