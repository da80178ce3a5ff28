package com.kpiplatform.alerting.rest;

import com.kpiplatform.alerting.rest.mapping.DeliveryMapper;
import com.kpiplatform.alerting.rest.dto.SubscriptionRequest;
import com.kpiplatform.alerting.rest.dto.SubscriptionResponse;
import com.kpiplatform.alerting.service.SubscriptionService;
import com.kpiplatform.support.http.Responses;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Subscriptions: route alerts to channels by KPI, tag, category, level, owner team and severity. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions", description = "Which alerts go to which channel")
public class SubscriptionResource {

    @Inject
    SubscriptionService service;

    @Inject
    DeliveryMapper mapper;

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSubscription", summary = "Create a subscription", description = "Filters left out match every alert; a subscription "
            + "without KPI filters also gets the evaluator's own SYSTEM alerts.")
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag carries its version.",
            headers = {@Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid subscription; the field is named")
    public Response create(@Valid @NotNull SubscriptionRequest request, @Context UriInfo uri) {
        SubscriptionResponse created = mapper.toResponse(service.create(mapper.toSubscription(request)));
        return Responses.created(Responses.below(uri, created.id()), created, created.version());
    }

    @GET
    @Operation(operationId = "listSubscriptions", summary = "List subscriptions", description = "`channelId` lists those of one channel.")
    @APIResponse(responseCode = "200", description = "One page of subscriptions, oldest first")
    public PageResponse<SubscriptionResponse> list(
            @Parameter(description = "Only subscriptions of this channel id.") @QueryParam("channelId") Long channelId,
            @BeanParam @Valid PageParams page) {
        return service.list(channelId, page).map(mapper::toResponse);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSubscription", summary = "Read a subscription",
            description = "One subscription: its channel and the alerts it routes there.")
    @APIResponse(responseCode = "200", description = "The subscription", headers = @Header(name = HttpHeaders.ETAG,
            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "404", description = "No subscription with this id")
    public Response get(@PathParam("id") long id) {
        SubscriptionResponse subscription = mapper.toResponse(service.get(id));
        return Responses.ok(subscription, subscription.version());
    }

    @PUT
    @RolesAllowed(Roles.EDITOR)
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceSubscription", summary = "Replace a subscription",
            description = "If-Match with the ETag last read is required; a stale one answers 412.")
    @APIResponse(responseCode = "200", description = "Replaced; ETag carries the new version", headers = @Header(
            name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid subscription; the field is named")
    @APIResponse(responseCode = "404", description = "No subscription with this id")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    @APIResponse(responseCode = "428", description = "No If-Match header")
    public Response update(@PathParam("id") long id,
            @Parameter(description = "The ETag last read, e.g. \"3\".", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SubscriptionRequest request) {
        SubscriptionResponse updated = mapper.toResponse(service.update(id, ifMatch, mapper.toSubscription(request)));
        return Responses.ok(updated, updated.version());
    }

    @DELETE
    @RolesAllowed(Roles.EDITOR)
    @Path("/{id}")
    @Operation(operationId = "deleteSubscription", summary = "Delete a subscription", description = "Its past deliveries stay listed.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No subscription with this id")
    public Response delete(@PathParam("id") long id) {
        service.delete(id);
        return Response.noContent().build();
    }
}
