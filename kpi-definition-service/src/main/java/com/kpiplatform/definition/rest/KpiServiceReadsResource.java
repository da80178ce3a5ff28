package com.kpiplatform.definition.rest;

import com.kpiplatform.definition.mapping.KpiMapper;
import com.kpiplatform.definition.mapping.TargetMapper;
import com.kpiplatform.definition.rest.dto.KpiEvaluationView;
import com.kpiplatform.definition.rest.dto.KpiLookupRequest;
import com.kpiplatform.definition.rest.dto.KpiLookupResponse;
import com.kpiplatform.definition.service.KpiBulkReads;
import com.kpiplatform.support.http.QueryParams;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk reads for the other services: a handful of calls for thousands of KPIs, never one per KPI. */
@RolesAllowed({Roles.VIEWER, Roles.KPIS_READ})
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "For other services", description = "Bulk reads used by the measurement- and alerting-service")
public class KpiServiceReadsResource {

    @Inject
    KpiBulkReads service;

    @Inject
    TargetMapper targets;

    @Inject
    KpiMapper kpis;

    @GET
    @Path("/kpi-evaluation-view")
    @Operation(operationId = "getKpiEvaluationView", summary = "Every active KPI with its target at an instant", description = "One page (by key, up to 1000 "
            + "per page) of active KPIs with what an evaluator needs: direction, aggregation, period, time zone, thresholds, "
            + "range, staleAfter, formula, owner, tags, and the period the instant falls in (bounds as instants) with the "
            + "target that applies. Three SQL queries per page, whatever its size.")
    @APIResponse(responseCode = "200", description = "One page of KPIs")
    public PageResponse<KpiEvaluationView> evaluationView(
            @Parameter(description = "ISO-8601 instant with an offset; defaults to now.") @QueryParam("at") String at,
            @Parameter(description = "Zero-based page number.") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Page size, 1 to 1000; larger values are clamped to 1000.")
            @QueryParam("size") @DefaultValue("500") @Min(1) int size) {
        return service.evaluationView(QueryParams.instant("at", at), new PageParams(page, size))
                .map(targets::toEvaluationView);
    }

    @POST
    @Path("/kpi-lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "lookUpKpis", summary = "Look KPIs up by key", description = "Up to 1000 keys in one query: each found KPI (active or "
            + "archived) with its status, aggregation, period, time zone and formula, and the keys that name no KPI. "
            + "A read: nothing is created.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "keys", value = Examples.LOOKUP_REQUEST)))
    @APIResponse(responseCode = "200", description = "Found and missing keys")
    public KpiLookupResponse lookup(@Valid @NotNull KpiLookupRequest request) {
        return kpis.toLookupResponse(service.lookup(request.keys()));
    }
}
