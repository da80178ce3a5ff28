package com.kpiplatform.alerting.rest;

import com.kpiplatform.alerting.rest.mapping.DeliveryMapper;
import com.kpiplatform.alerting.rest.mapping.ReportMapper;
import com.kpiplatform.alerting.rest.dto.OwnerNotifications;
import com.kpiplatform.alerting.rest.dto.StatusPoint;
import com.kpiplatform.alerting.service.OwnerNotificationService;
import com.kpiplatform.alerting.service.ReportService;
import com.kpiplatform.alerting.service.delivery.ChartService;
import com.kpiplatform.support.http.QueryParams;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.problem.ProblemException;
import com.kpiplatform.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One KPI as the alerting-service sees it: its status history, its trend chart, its owner's notifications. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/v1/kpis/{key}")
@Tag(name = "KPIs", description = "Status history, trend chart and owner notifications of one KPI")
public class KpiResource {

    private static final int CHART_CACHE_SECONDS = 60;

    @Inject
    ReportService reports;

    @Inject
    ChartService charts;

    @Inject
    OwnerNotificationService owners;

    @Inject
    ReportMapper mapper;

    @Inject
    DeliveryMapper deliveries;

    @GET
    @Path("/status-history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listKpiStatusHistory", summary = "A KPI's status history", description = "Its status at every evaluation, newest first, "
            + "optionally from (inclusive) and to (exclusive) two instants: the red/amber/green history.")
    @APIResponse(responseCode = "200", description = "One page of statuses (empty for a KPI never evaluated)")
    @APIResponse(responseCode = "400", description = "from or to is not an ISO-8601 instant")
    public PageResponse<StatusPoint> statusHistory(@PathParam("key") String key,
            @Parameter(description = "ISO-8601 instant.") @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 instant.") @QueryParam("to") String to,
            @BeanParam @Valid PageParams page) {
        return reports.statusHistory(key, QueryParams.instant("from", from), QueryParams.instant("to", to), page)
                .map(mapper::toStatusPoint);
    }

    @GET
    @Path("/chart.png")
    @Produces("image/png")
    @Operation(operationId = "getKpiChart", summary = "A KPI's trend chart", description = "PNG, 800×400: the actual of the current and the last "
            + "completed periods, the target line and the amber band (the KPI's tolerance on the losing side of the "
            + "target). Emails embed it; Slack messages show it when `alerting.links.public-base-url` is set.")
    @APIResponse(responseCode = "200", description = "The chart",
            headers = @Header(name = HttpHeaders.CACHE_CONTROL, description = "Caches may keep it for a few minutes.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "periods is outside 2 to 36")
    @APIResponse(responseCode = "404", description = "The KPI has not been evaluated")
    public Response chart(@PathParam("key") String key,
            @Parameter(description = "How many periods, the current one included.") @QueryParam("periods")
            @DefaultValue("12") @Min(2) @Max(36) int periods) {
        byte[] png = charts.png(key, periods).orElseThrow(() -> ProblemException.notFound(
                "KPI " + key + " has not been evaluated yet; its chart appears after its first evaluation."));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(CHART_CACHE_SECONDS);
        return Response.ok(png, "image/png").cacheControl(cache).build();
    }

    @GET
    @Path("/owner-notifications")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getOwnerNotifications", summary = "Whether the KPI's owner gets its alerts by email", description = "On by default "
            + "(`alerting.delivery.owner-emails`), for the owner email the KPI definition names.")
    @APIResponse(responseCode = "200", description = "The setting",
            content = @Content(schema = @Schema(implementation = OwnerNotifications.class)))
    public OwnerNotifications ownerNotifications(@PathParam("key") String key) {
        return deliveries.toResponse(owners.get(key));
    }

    @PUT
    @RolesAllowed(Roles.EDITOR)
    @Path("/owner-notifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putOwnerNotifications", summary = "Turn the owner's alert emails off or on again",
            description = "Whether the KPI's owner gets its alerts by email; subscriptions are not affected.")
    @APIResponse(responseCode = "200", description = "The setting",
            content = @Content(schema = @Schema(implementation = OwnerNotifications.class)))
    @APIResponse(responseCode = "400", description = "enabled is missing")
    public OwnerNotifications setOwnerNotifications(@PathParam("key") @Size(max = 64) String key,
            @Valid @NotNull OwnerNotifications request) {
        return deliveries.toResponse(owners.set(key, request.enabled()));
    }
}
