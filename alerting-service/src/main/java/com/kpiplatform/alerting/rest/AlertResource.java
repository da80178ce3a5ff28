package com.kpiplatform.alerting.rest;

import com.kpiplatform.alerting.domain.alert.AlertKind;
import com.kpiplatform.alerting.domain.alert.AlertState;
import com.kpiplatform.alerting.rest.mapping.AlertMapper;
import com.kpiplatform.alerting.rest.dto.AckRequest;
import com.kpiplatform.alerting.rest.dto.AlertResponse;
import com.kpiplatform.alerting.service.AlertService;
import com.kpiplatform.support.http.QueryParams;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Alerts: list, read with their timeline, acknowledge. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts", description = "Alerts opened by evaluations, with their lifecycle")
public class AlertResource {

    @Inject
    AlertService service;

    @Inject
    AlertMapper mapper;

    @GET
    @Operation(operationId = "listAlerts", summary = "List alerts", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "One page of alerts (without timelines)")
    public PageResponse<AlertResponse> list(
            @Parameter(schema = @Schema(implementation = AlertState.class)) @QueryParam("state") String state,
            @Parameter(schema = @Schema(implementation = AlertKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "KPI key, key result id, or evaluation-cycle.") @QueryParam("subject") String subject,
            @BeanParam @Valid PageParams page) {
        AlertState stateFilter = QueryParams.enumValue(AlertState.class, "state", state);
        AlertKind kindFilter = QueryParams.enumValue(AlertKind.class, "kind", kind);
        return service.list(stateFilter, kindFilter, subject, page).map(mapper::toListItem);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAlert", summary = "Read an alert", description = "With its timeline: every change, whether it notifies, and "
            + "whether a silence held it back.")
    @APIResponse(responseCode = "200", description = "The alert", content = @Content(schema = @Schema(implementation = AlertResponse.class)))
    @APIResponse(responseCode = "404", description = "No alert with this id")
    public AlertResponse get(@PathParam("id") long id) {
        return mapper.toResponse(service.get(id));
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Path("/{id}/ack")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acknowledgeAlert", summary = "Acknowledge an alert", description = "The caller (the token's user) is on it: no repeat notifications "
            + "until the alert resolves or escalates. Idempotent.")
    @APIResponse(responseCode = "200", description = "Acknowledged", content = @Content(schema = @Schema(implementation = AlertResponse.class)))
    @APIResponse(responseCode = "404", description = "No alert with this id")
    @APIResponse(responseCode = "409", description = "The alert is resolved")
    public AlertResponse acknowledge(@PathParam("id") long id, @Valid AckRequest request) {
        return mapper.toResponse(service.acknowledge(id, request == null ? null : request.note()));
    }
}
