package com.kpiplatform.definition.rest;

import com.kpiplatform.definition.domain.Level;
import com.kpiplatform.definition.mapping.HealthMapper;
import com.kpiplatform.definition.rest.dto.KpiHealthReport;
import com.kpiplatform.definition.service.KpiHealthService;
import com.kpiplatform.support.http.QueryParams;
import com.kpiplatform.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The KPI health report: the pitfalls teams fall into with their KPIs. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/v1/kpi-health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "KPI health", description = "Findings a KPI reviewer would want")
public class KpiHealthResource {

    @Inject
    KpiHealthService service;

    @Inject
    HealthMapper mapper;

    @GET
    @Operation(operationId = "getKpiHealthReport", summary = "Report the pitfalls of active KPIs", description = "Per KPI: NO_CURRENT_TARGET (not time-bound), "
            + "NO_OWNER, NO_OWNER_CONTACT, REVIEW_OVERDUE (per reviewEvery), NO_REVIEW_CADENCE, NO_STALENESS_RULE. "
            + "Per owning team: TOO_MANY_KPIS over kpi-definition.health.max-kpis-per-team. Each finding has a code, "
            + "a severity (INFO, WARNING, CRITICAL) and a sentence. Only KPIs with findings are listed.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = KpiHealthReport.class),
                    examples = @ExampleObject(name = "report", value = Examples.HEALTH_REPORT)))
    public KpiHealthReport report(
            @Parameter(description = "Only this owning team.") @QueryParam("ownerTeam") String ownerTeam,
            @Parameter(schema = @Schema(implementation = Level.class)) @QueryParam("level") String level,
            @Parameter(description = "Judge as of this instant (ISO-8601 with offset); defaults to now.")
            @QueryParam("at") String at) {
        return mapper.toReport(service.report(ownerTeam, QueryParams.enumValue(Level.class, "level", level),
                QueryParams.instant("at", at)));
    }
}
