package com.kpiplatform.definition.rest.dto;

import com.kpiplatform.definition.domain.HealthFinding;
import com.kpiplatform.definition.domain.Level;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The pitfalls found among active KPIs: per KPI, and per owning team. */
@Schema(name = "KpiHealthReport", requiredProperties = {"at", "kpisChecked", "findingsByCode", "kpis", "teams"})
public record KpiHealthReport(
        @Schema(description = "The instant the report was computed for.") Instant at,
        @Schema(description = "Active KPIs checked.", examples = "42") int kpisChecked,
        @Schema(description = "Number of findings per code.", examples = "{\"NO_CURRENT_TARGET\": 3, \"REVIEW_OVERDUE\": 5}")
        Map<String, Long> findingsByCode,
        @Schema(description = "KPIs with at least one finding, by key.") List<KpiHealth> kpis,
        @Schema(description = "Teams with findings of their own (e.g. TOO_MANY_KPIS).") List<TeamHealth> teams) {

    @Schema(name = "KpiHealth", requiredProperties = {"key", "name", "level", "findings"})
    public record KpiHealth(@Schema(examples = "sales.mrr") String key, @Schema(examples = "Monthly recurring revenue") String name,
            @Schema(examples = "sales") String ownerTeam, Level level, List<HealthFinding> findings) {
    }

    @Schema(name = "TeamHealth", requiredProperties = {"team", "activeKpis", "findings"})
    public record TeamHealth(@Schema(examples = "sales") String team, @Schema(examples = "14") long activeKpis,
            List<HealthFinding> findings) {
    }
}
