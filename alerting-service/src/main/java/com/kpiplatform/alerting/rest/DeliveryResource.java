package com.kpiplatform.alerting.rest;

import com.kpiplatform.alerting.domain.delivery.DeliveryState;
import com.kpiplatform.alerting.rest.mapping.DeliveryMapper;
import com.kpiplatform.alerting.rest.dto.DeliveryResponse;
import com.kpiplatform.alerting.service.DeliveryService;
import com.kpiplatform.support.http.QueryParams;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
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

/** The outbox: every notification, where it went, and every attempt. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/v1/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deliveries", description = "Every notification and every attempt to send it")
public class DeliveryResource {

    @Inject
    DeliveryService service;

    @Inject
    DeliveryMapper mapper;

    @GET
    @Operation(operationId = "listDeliveries", summary = "List deliveries", description = "Newest first. `state=DEAD` or `state=FAILED` shows what "
            + "did not arrive and why.")
    @APIResponse(responseCode = "200", description = "One page of deliveries")
    public PageResponse<DeliveryResponse> list(
            @Parameter(description = "Only deliveries in this state.", schema = @Schema(implementation = DeliveryState.class))
            @QueryParam("state") String state,
            @Parameter(description = "Only deliveries to this channel id.") @QueryParam("channelId") Long channelId,
            @Parameter(description = "Only deliveries about this alert id.") @QueryParam("alertId") Long alertId,
            @BeanParam @Valid PageParams page) {
        return service.list(QueryParams.enumValue(DeliveryState.class, "state", state), channelId, alertId, page)
                .map(mapper::toListItem);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDelivery", summary = "Read a delivery with its attempts",
            description = "One delivery: where it goes, what it says, its state and every attempt with its outcome.")
    @APIResponse(responseCode = "200", description = "The delivery",
            content = @Content(schema = @Schema(implementation = DeliveryResponse.class)))
    @APIResponse(responseCode = "404", description = "No delivery with this id")
    public DeliveryResponse get(@PathParam("id") long id) {
        return mapper.toResponse(service.get(id));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Path("/{id}/retry")
    @Operation(operationId = "retryDelivery", summary = "Retry a FAILED or DEAD delivery", description = "Queues it again with a fresh count of "
            + "attempts, e.g. after the Slack channel was unarchived.")
    @APIResponse(responseCode = "200", description = "Queued again",
            content = @Content(schema = @Schema(implementation = DeliveryResponse.class)))
    @APIResponse(responseCode = "404", description = "No delivery with this id")
    @APIResponse(responseCode = "409", description = "It is PENDING or SENT")
    public DeliveryResponse retry(@PathParam("id") long id) {
        return mapper.toResponse(service.retry(id));
    }
}
