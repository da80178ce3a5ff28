package com.kpiplatform.alerting.rest;

import com.kpiplatform.alerting.domain.delivery.ChannelType;
import com.kpiplatform.alerting.rest.mapping.DeliveryMapper;
import com.kpiplatform.alerting.rest.dto.ChannelRequest;
import com.kpiplatform.alerting.rest.dto.ChannelResponse;
import com.kpiplatform.alerting.rest.dto.DeliveryResponse;
import com.kpiplatform.alerting.service.ChannelService;
import com.kpiplatform.alerting.service.DeliveryService;
import com.kpiplatform.support.http.QueryParams;
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
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Channels: Slack incoming webhooks, email recipients and signed webhooks. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/v1/channels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Channels", description = "Where notifications go; secrets are write-only")
public class ChannelResource {

    @Inject
    ChannelService service;

    @Inject
    DeliveryService deliveries;

    @Inject
    DeliveryMapper mapper;

    @Inject
    Clock clock;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createChannel", summary = "Create a channel", description = "SLACK needs `url` (an incoming webhook); EMAIL needs "
            + "`recipients`; WEBHOOK needs `url` and `secret` (signs each body with HMAC-SHA256).")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ChannelResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid channel; the field is named")
    public Response create(@Valid @NotNull ChannelRequest request, @Context UriInfo uri) {
        ChannelResponse created = mapper.toResponse(service.create(mapper.toChannel(request)), clock.instant());
        return Responses.created(Responses.below(uri, created.id()), created, created.version());
    }

    @GET
    @Operation(operationId = "listChannels", summary = "List channels",
            description = "Channels newest first, optionally of one type, without their secrets (Slack URLs masked).")
    @APIResponse(responseCode = "200", description = "One page of channels, oldest first")
    public PageResponse<ChannelResponse> list(
            @Parameter(description = "Only channels of this type.", schema = @Schema(implementation = ChannelType.class))
            @QueryParam("type") String type, @BeanParam @Valid PageParams page) {
        Instant now = clock.instant();
        return service.list(QueryParams.enumValue(ChannelType.class, "type", type), page)
                .map(channel -> mapper.toResponse(channel, now));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getChannel", summary = "Read a channel", description = "Without its secrets: a Slack URL is masked, a webhook "
            + "secret only shows as `secretSet`.")
    @APIResponse(responseCode = "200", description = "The channel", headers = @Header(name = HttpHeaders.ETAG,
            schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ChannelResponse.class)))
    @APIResponse(responseCode = "404", description = "No channel with this id")
    public Response get(@PathParam("id") long id) {
        ChannelResponse channel = mapper.toResponse(service.get(id), clock.instant());
        return Responses.ok(channel, channel.version());
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceChannel", summary = "Replace a channel", description = "The type cannot change. Leave out `url` (SLACK) or "
            + "`secret` (WEBHOOK) to keep the stored one. If-Match with the ETag last read is required.")
    @APIResponse(responseCode = "200", description = "Replaced; ETag carries the new version", headers = @Header(
            name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ChannelResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid channel; the field is named")
    @APIResponse(responseCode = "404", description = "No channel with this id")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    @APIResponse(responseCode = "428", description = "No If-Match header")
    public Response update(@PathParam("id") long id,
            @Parameter(description = "The ETag last read, e.g. \"3\".", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ChannelRequest request) {
        ChannelResponse updated = mapper.toResponse(service.update(id, ifMatch, mapper.toChannel(request)),
                clock.instant());
        return Responses.ok(updated, updated.version());
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Path("/{id}")
    @Operation(operationId = "deleteChannel", summary = "Delete a channel", description = "Only when no subscription routes to it. Deliveries still "
            + "waiting for it end as FAILED; sent ones stay listed.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No channel with this id")
    @APIResponse(responseCode = "409", description = "Subscriptions still route to it; they are named")
    public Response delete(@PathParam("id") long id) {
        service.delete(id);
        return Response.noContent().build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Path("/{id}/test")
    @Operation(operationId = "sendTestMessage", summary = "Send a test message", description = "Sends now, through the outbox, and answers the delivery: "
            + "SENT, FAILED with the channel's answer (e.g. `HTTP 404 channel_not_found`), or PENDING when it will be "
            + "retried.")
    @APIResponse(responseCode = "200", description = "The test delivery with its attempt",
            content = @Content(schema = @Schema(implementation = DeliveryResponse.class)))
    @APIResponse(responseCode = "404", description = "No channel with this id")
    public DeliveryResponse test(@PathParam("id") long id) {
        return mapper.toResponse(deliveries.test(id));
    }
}
