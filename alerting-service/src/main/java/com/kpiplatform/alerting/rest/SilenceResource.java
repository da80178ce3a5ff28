package com.kpiplatform.alerting.rest;

import com.kpiplatform.alerting.rest.mapping.AlertMapper;
import com.kpiplatform.alerting.rest.dto.SilenceRequest;
import com.kpiplatform.alerting.rest.dto.SilenceResponse;
import com.kpiplatform.alerting.service.SilenceService;
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
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Silences: hold back notifications of matching alerts for a while, with a reason. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/v1/silences")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Silences", description = "Planned quiet: matching alerts are recorded but not sent")
public class SilenceResource {

    @Inject
    SilenceService service;

    @Inject
    AlertMapper mapper;

    @Inject
    Clock clock;

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSilence", summary = "Create a silence", description = "Matches alerts by KPI key, tag, category or owner team, from "
            + "startsAt (now when omitted) until endsAt. The author is the caller (the token's user).")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SilenceResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid silence; the field is named (endsAt must be after startsAt and in the future)")
    public Response create(@Valid @NotNull SilenceRequest request, @Context UriInfo uri) {
        SilenceResponse created = mapper.toResponse(service.create(mapper.toSilence(request)), clock.instant());
        return Responses.created(Responses.below(uri, created.id()), created);
    }

    @GET
    @Operation(operationId = "listSilences", summary = "List silences", description = "Newest first; `active=true` for those in force now, "
            + "`active=false` for expired and future ones.")
    @APIResponse(responseCode = "200", description = "One page of silences")
    public PageResponse<SilenceResponse> list(@QueryParam("active") Boolean active, @BeanParam @Valid PageParams page) {
        Instant now = clock.instant();
        return service.list(active, page).map(silence -> mapper.toResponse(silence, now));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSilence", summary = "Read a silence",
            description = "One silence: what it matches, when it starts and ends, why, and who set it.")
    @APIResponse(responseCode = "200", description = "The silence", content = @Content(schema = @Schema(implementation = SilenceResponse.class)))
    @APIResponse(responseCode = "404", description = "No silence with this id")
    public SilenceResponse get(@PathParam("id") long id) {
        return mapper.toResponse(service.get(id), clock.instant());
    }

    @DELETE
    @RolesAllowed(Roles.EDITOR)
    @Path("/{id}")
    @Operation(operationId = "endSilence", summary = "End a silence now", description = "It stays listed, as history. Idempotent.")
    @APIResponse(responseCode = "204", description = "Ended")
    @APIResponse(responseCode = "404", description = "No silence with this id")
    public Response expire(@PathParam("id") long id) {
        service.expire(id);
        return Response.noContent().build();
    }
}
