package com.kpiplatform.alerting.rest.dto;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One evaluation cycle: what it evaluated, the statuses it found, the alerts it fired and resolved. */
@Schema(name = "EvaluationCycle",
        requiredProperties = {"id", "trigger", "status", "startedAt", "finishedAt", "durationMs", "kpisEvaluated",
                "keyResultsEvaluated", "statuses", "alertsOpened", "alertsResolved"})
public record EvaluationCycleResponse(
        @Schema(examples = "42") long id,
        @Schema(examples = "SCHEDULED", description = "SCHEDULED or MANUAL") String trigger,
        @Schema(examples = "SUCCEEDED",
                description = "SUCCEEDED, or FAILED when another service could not be read (nothing was changed)") String status,
        Instant startedAt,
        Instant finishedAt,
        @Schema(examples = "380") Long durationMs,
        @Schema(examples = "1200") int kpisEvaluated,
        @Schema(examples = "85") int keyResultsEvaluated,
        @Schema(description = "Statuses counted, for `kpis` and `keyResults`.",
                examples = "{\"kpis\": {\"ON_TRACK\": 900, \"AT_RISK\": 200, \"OFF_TRACK\": 80, \"NO_DATA\": 20}, \"keyResults\": {\"ON_TRACK\": 80, \"AT_RISK\": 5}}")
        Map<String, Map<String, Long>> statuses,
        @Schema(description = "Alerts that fired in this cycle.") int alertsOpened,
        @Schema(description = "Alerts that resolved in this cycle.") int alertsResolved,
        @Schema(description = "Why a FAILED cycle failed.") String error) {
}
