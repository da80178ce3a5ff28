package com.kpiplatform.definition.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The pitfalls found among active KPIs at one instant: per KPI, and per owning team. */
public record HealthReport(Instant at, int kpisChecked, Map<String, Long> findingsByCode, List<KpiFindings> kpis,
        List<TeamFindings> teams) {

    /** A KPI with at least one finding. */
    public record KpiFindings(String key, String name, String ownerTeam, Level level, List<HealthFinding> findings) {
    }

    /** A team with findings of its own, such as owning too many KPIs. */
    public record TeamFindings(String team, long activeKpis, List<HealthFinding> findings) {
    }
}
