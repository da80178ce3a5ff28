package com.kpiplatform.definition.rest;

import com.kpiplatform.definition.mapping.TargetMapper;
import com.kpiplatform.definition.rest.dto.BulkTargetsRequest;
import com.kpiplatform.definition.rest.dto.EffectiveTarget;
import com.kpiplatform.definition.rest.dto.PeriodTarget;
import com.kpiplatform.definition.rest.dto.TargetRequest;
import com.kpiplatform.definition.service.TargetService;
import com.kpiplatform.support.http.QueryParams;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A KPI's targets per period. Period keys follow the KPI's period type: 2026-11-21, 2026-W47,
 * 2026-11, 2026-Q4 or 2026.
 */
@RolesAllowed(Roles.VIEWER)
@Path("/api/v1/kpis/{key}/targets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Targets", description = "What a KPI aims for, period by period")
public class KpiTargetResource {

    private static final String PERIOD_DESCRIPTION = "Period key in the KPI's period type, e.g. 2026-11 for a MONTHLY KPI.";

    @Inject
    TargetService service;

    @Inject
    TargetMapper mapper;

    @GET
    @Operation(operationId = "listKpiTargets", summary = "List a KPI's explicit targets", description = "Oldest period first, optionally between two "
            + "period keys (inclusive). Periods without an explicit target use the KPI's defaultTarget.")
    @APIResponse(responseCode = "200", description = "One page of targets")
    @APIResponse(responseCode = "400", description = "from or to is not a period key of the KPI's type")
    @APIResponse(responseCode = "404", description = "No KPI with this key")
    public PageResponse<PeriodTarget> list(@PathParam("key") String key,
            @Parameter(description = "First period key, inclusive.", example = "2026-01") @QueryParam("from") String from,
            @Parameter(description = "Last period key, inclusive.", example = "2026-12") @QueryParam("to") String to,
            @BeanParam @Valid PageParams page) {
        return PageResponse.slice(mapper.toPeriodTargets(service.list(key, from, to)), page);
    }

    @PUT
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putKpiTargets", summary = "Set many periods' targets at once", description = "Atomic: if any item is invalid, nothing is "
            + "stored and the problem names each invalid item as targets[i].field. Up to 400 periods, e.g. a whole year of "
            + "monthly or daily targets. Periods not listed keep their targets.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "a quarter", value = Examples.BULK_TARGETS_REQUEST)))
    @APIResponse(responseCode = "200", description = "The stored targets, in request order",
            content = @Content(schema = @Schema(implementation = PeriodTarget.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No KPI with this key")
    @APIResponse(responseCode = "409", description = "The KPI is archived")
    public List<PeriodTarget> setAll(@PathParam("key") String key, @Valid @NotNull BulkTargetsRequest request) {
        return mapper.toPeriodTargets(service.setAll(key, mapper.toSettings(request.targets())));
    }

    @GET
    @Path("/effective")
    @Operation(operationId = "getEffectiveKpiTarget", summary = "The target that applies at an instant", description = "Which period the instant falls in, in "
            + "the KPI's time zone (with its start and end as instants), and the target that applies: the period's own, "
            + "else the default target; for WITHIN_RANGE KPIs, the range.")
    @APIResponse(responseCode = "200", description = "The period and its target",
            content = @Content(schema = @Schema(implementation = EffectiveTarget.class),
                    examples = @ExampleObject(name = "explicit", value = Examples.EFFECTIVE_TARGET)))
    @APIResponse(responseCode = "404", description = "No KPI with this key")
    public EffectiveTarget effective(@PathParam("key") String key,
            @Parameter(description = "ISO-8601 instant with an offset; defaults to now.", example = "2026-11-21T09:30:00Z")
            @QueryParam("at") String at) {
        return mapper.toEffectiveTarget(service.effective(key, QueryParams.instant("at", at)));
    }

    @GET
    @Path("/{period}")
    @Operation(operationId = "getKpiTarget", summary = "Read one period's explicit target",
            description = "The target and stretch set for exactly this period; 404 when none is set (the default target then applies, see /targets/effective).")
    @APIResponse(responseCode = "200", description = "The target",
            content = @Content(schema = @Schema(implementation = PeriodTarget.class),
                    examples = @ExampleObject(name = "target", value = Examples.PERIOD_TARGET)))
    @APIResponse(responseCode = "400", description = "Not a period key of the KPI's type")
    @APIResponse(responseCode = "404", description = "No KPI with this key, or no explicit target for this period")
    public PeriodTarget get(@PathParam("key") String key,
            @Parameter(description = PERIOD_DESCRIPTION) @PathParam("period") String period) {
        return mapper.toPeriodTarget(service.get(key, period));
    }

    @PUT
    @RolesAllowed(Roles.EDITOR)
    @Path("/{period}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putKpiTarget", summary = "Set one period's target", description = "The period key must match the KPI's period type; "
            + "a stretch must lie beyond the target in the KPI's direction. WITHIN_RANGE KPIs take no targets.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "target", value = Examples.TARGET_REQUEST)))
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = PeriodTarget.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = PeriodTarget.class),
                    examples = @ExampleObject(name = "target", value = Examples.PERIOD_TARGET)))
    @APIResponse(responseCode = "404", description = "No KPI with this key")
    @APIResponse(responseCode = "409", description = "The KPI is archived")
    public Response set(@PathParam("key") String key,
            @Parameter(description = PERIOD_DESCRIPTION) @PathParam("period") String period,
            @Valid @NotNull TargetRequest request) {
        TargetService.SetResult result = service.set(key, mapper.toSetting(period, request));
        return Response.status(result.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(mapper.toPeriodTarget(result.target())).build();
    }

    @DELETE
    @RolesAllowed(Roles.EDITOR)
    @Path("/{period}")
    @Operation(operationId = "deleteKpiTarget", summary = "Remove one period's target", description = "The period falls back to the default target.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", description = "Not a period key of the KPI's type")
    @APIResponse(responseCode = "404", description = "No KPI with this key, or no explicit target for this period")
    @APIResponse(responseCode = "409", description = "The KPI is archived")
    public void delete(@PathParam("key") String key,
            @Parameter(description = PERIOD_DESCRIPTION) @PathParam("period") String period) {
        service.delete(key, period);
    }
}
