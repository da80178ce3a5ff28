package com.kpiplatform.definition.service;

import com.kpiplatform.definition.config.KpiDefinitionConfig;
import com.kpiplatform.definition.domain.HealthFinding;
import com.kpiplatform.definition.domain.HealthReport;
import com.kpiplatform.definition.domain.KpiHealthRules;
import com.kpiplatform.definition.domain.KpiQuery;
import com.kpiplatform.definition.domain.Level;
import com.kpiplatform.definition.domain.TargetSource;
import com.kpiplatform.definition.repository.KeyResultRepository;
import com.kpiplatform.definition.repository.KpiEntity;
import com.kpiplatform.definition.repository.KpiRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The KPI health report: the pitfalls of active KPIs, per KPI and per owning team. */
@ApplicationScoped
public class KpiHealthService {

    @Inject
    KpiRepository kpis;

    @Inject
    EffectiveTargets effectiveTargets;

    @Inject
    KeyResultRepository keyResults;

    @Inject
    KpiDefinitionConfig config;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public HealthReport report(String ownerTeam, Level level, Instant at) {
        Instant now = at == null ? clock.instant() : at;
        List<KpiEntity> active = kpis.search(KpiQuery.active(ownerTeam, level), 0, Integer.MAX_VALUE).items();
        Set<String> linked = linkedKpis();
        List<HealthReport.KpiFindings> withFindings = new ArrayList<>();
        for (EffectiveTargets.Resolved target : effectiveTargets.at(now, active)) {
            KpiEntity kpi = target.kpi();
            List<HealthFinding> findings = KpiHealthRules.findings(facts(target, linked.contains(kpi.key)), now);
            if (!findings.isEmpty()) {
                withFindings.add(new HealthReport.KpiFindings(kpi.key, kpi.name, kpi.ownerTeam, kpi.level, findings));
            }
        }
        List<HealthReport.TeamFindings> teams = teamFindings(ownerTeam);
        Map<String, Long> byCode = new TreeMap<>(withFindings.stream().flatMap(k -> k.findings().stream())
                .collect(Collectors.groupingBy(HealthFinding::code, Collectors.counting())));
        teams.forEach(t -> t.findings().forEach(f -> byCode.merge(f.code(), 1L, Long::sum)));
        return new HealthReport(now, active.size(), byCode, withFindings, teams);
    }

    private static KpiHealthRules.KpiFacts facts(EffectiveTargets.Resolved target, boolean linked) {
        KpiEntity kpi = target.kpi();
        return new KpiHealthRules.KpiFacts(kpi.key, kpi.direction,
                new KpiHealthRules.CurrentTarget(target.period().key(), target.source() != TargetSource.NONE),
                new KpiHealthRules.Ownership(kpi.ownerTeam, kpi.ownerEmail),
                new KpiHealthRules.ReviewHistory(kpi.reviewEvery, kpi.lastReviewedAt, kpi.createdAt), kpi.staleAfter, linked);
    }

    /**
     * KPIs that serve an objective: linked from a key result of an active objective, or, at any
     * depth, a component of the formula of such a KPI.
     */
    private Set<String> linkedKpis() {
        Map<String, List<String>> formulas = kpis.formulaGraph();
        Set<String> linked = new HashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(keyResults.kpisLinkedFromActiveObjectives());
        while (!toVisit.isEmpty()) {
            String key = toVisit.pop();
            if (linked.add(key)) {
                toVisit.addAll(formulas.getOrDefault(key, List.of()));
            }
        }
        return linked;
    }

    /** Team findings count every active KPI of the team, whatever the level filter. */
    private List<HealthReport.TeamFindings> teamFindings(String ownerTeam) {
        int limit = config.health().maxKpisPerTeam();
        return new TreeMap<>(kpis.activeCountByTeam()).entrySet().stream()
                .filter(team -> ownerTeam == null || ownerTeam.equals(team.getKey()))
                .map(team -> new HealthReport.TeamFindings(team.getKey(), team.getValue(),
                        KpiHealthRules.teamFindings(team.getKey(), team.getValue(), limit)))
                .filter(team -> !team.findings().isEmpty())
                .toList();
    }
}
