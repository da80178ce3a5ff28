package com.kpiplatform.alerting.rest;

import com.kpiplatform.alerting.domain.judging.PerformanceStatus;
import com.kpiplatform.alerting.domain.judging.ScorecardFilter;
import com.kpiplatform.alerting.rest.mapping.ReportMapper;
import com.kpiplatform.alerting.rest.dto.KeyResultStatus;
import com.kpiplatform.alerting.rest.dto.KpiStatus;
import com.kpiplatform.alerting.rest.dto.PeriodVerdict;
import com.kpiplatform.alerting.rest.dto.ScorecardEntry;
import com.kpiplatform.alerting.service.ReportService;
import com.kpiplatform.support.http.QueryParams;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What dashboards render: the scorecard, key results and period verdicts. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scorecard", description = "Latest statuses, red/amber/green history and period verdicts")
public class ScorecardResource {

    @Inject
    ReportService reports;

    @Inject
    ReportMapper mapper;

    @GET
    @Path("/scorecard")
    @Operation(operationId = "getScorecard", summary = "The scorecard", description = "Every evaluated KPI's latest target, actual, attainment, pace, "
            + "forecast, status, trend against the previous period, anomaly score and target realism findings; by key.")
    @APIResponse(responseCode = "200", description = "One page of the scorecard")
    public PageResponse<ScorecardEntry> scorecard(
            @Parameter(description = "Owning team.") @QueryParam("ownerTeam") String owner,
            @QueryParam("category") String category,
            @QueryParam("level") String level,
            @QueryParam("tag") String tag,
            @Parameter(schema = @Schema(implementation = KpiStatus.class)) @QueryParam("status") String status,
            @BeanParam @Valid PageParams page) {
        PerformanceStatus statusFilter = QueryParams.enumValue(PerformanceStatus.class, "status", status);
        return reports.scorecard(new ScorecardFilter(owner, category, level, tag, statusFilter), page)
                .map(mapper::toEntry);
    }

    @GET
    @Path("/scorecard/key-results")
    @Operation(operationId = "getKeyResultScorecard", summary = "Key results' latest statuses", description = "Of the open objectives' key results, as the last "
            + "cycle evaluated them: progress against the share of the period passed, and confidence.")
    @APIResponse(responseCode = "200", description = "One page of key results")
    public PageResponse<KeyResultStatus> keyResults(@QueryParam("ownerTeam") String owner,
            @Parameter(schema = @Schema(enumeration = {"ON_TRACK", "AT_RISK", "OFF_TRACK"})) @QueryParam("status") String status,
            @BeanParam @Valid PageParams page) {
        return reports.keyResults(owner, status, page).map(mapper::toStatus);
    }

    @GET
    @Path("/period-verdicts")
    @Operation(operationId = "listPeriodVerdicts", summary = "Period verdicts", description = "Whether each KPI met its target in each completed period, "
            + "decided once when the period closed (\"missed target for 2026-11\"), newest first.")
    @APIResponse(responseCode = "200", description = "One page of verdicts")
    public PageResponse<PeriodVerdict> verdicts(@QueryParam("kpi") String kpi, @QueryParam("missed") Boolean missed,
            @BeanParam @Valid PageParams page) {
        return reports.verdicts(kpi, missed, page).map(mapper::toVerdict);
    }
}
