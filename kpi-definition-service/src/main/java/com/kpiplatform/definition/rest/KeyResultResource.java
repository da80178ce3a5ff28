package com.kpiplatform.definition.rest;

import com.kpiplatform.definition.mapping.KeyResultMapper;
import com.kpiplatform.definition.rest.dto.CheckIn;
import com.kpiplatform.definition.rest.dto.CheckInRequest;
import com.kpiplatform.definition.rest.dto.KeyResultRequest;
import com.kpiplatform.definition.rest.dto.KeyResultResponse;
import com.kpiplatform.definition.service.CheckInService;
import com.kpiplatform.definition.service.KeyResultService;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Key results, and their check-ins. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/v1/key-results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Key results", description = "Weighted, measurable results of an objective, driven by check-ins or a linked KPI")
public class KeyResultResource {

    @Inject
    KeyResultService keyResults;

    @Inject
    CheckInService checkIns;

    @Inject
    KeyResultMapper mapper;

    @GET
    @Path("/{id}")
    @Operation(operationId = "getKeyResult", summary = "Read a key result", description = "With its current value, progress and status.")
    @APIResponse(responseCode = "200", description = "The key result; ETag carries its version.",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = KeyResultResponse.class)))
    @APIResponse(responseCode = "404", description = "No key result with this id")
    public Response get(@PathParam("id") long id) {
        KeyResultResponse keyResult = mapper.toResponse(keyResults.get(id));
        return Responses.ok(keyResult, keyResult.version());
    }

    @PUT
    @RolesAllowed(Roles.EDITOR)
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateKeyResult", summary = "Change a key result", description = "Replaces it. Send the ETag you read in If-Match: a stale "
            + "version is 412, a missing header 428. Only while the objective's period is open.")
    @APIResponse(responseCode = "200", description = "Changed; ETag carries the new version.",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = KeyResultResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid key result; every invalid field is named")
    @APIResponse(responseCode = "404", description = "No key result with this id")
    @APIResponse(responseCode = "409", description = "The objective is archived or closed, or the key result changed concurrently")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("id") long id,
            @Parameter(description = "The ETag last read, e.g. \"0\".", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull KeyResultRequest request) {
        KeyResultResponse updated = mapper.toResponse(keyResults.update(id, ifMatch, mapper.toEntity(request)));
        return Responses.ok(updated, updated.version());
    }

    @DELETE
    @RolesAllowed(Roles.EDITOR)
    @Path("/{id}")
    @Operation(operationId = "deleteKeyResult", summary = "Remove a key result", description = "Removes it with its check-ins, while the objective's "
            + "period is open. If-Match optional.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No key result with this id")
    @APIResponse(responseCode = "409", description = "The objective is archived or closed")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        keyResults.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Path("/{id}/check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCheckIn", summary = "Check in", description = "Reports the key result's current value and the confidence of "
            + "reaching its target. The author is the caller (the token's user). Only for key results not linked to a KPI, "
            + "while the objective's period is open: after it closes, progress is frozen.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "check-in", value = OkrExamples.CHECK_IN_REQUEST)))
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CheckIn.class)))
    @APIResponse(responseCode = "400", description = "Invalid check-in; every invalid field is named")
    @APIResponse(responseCode = "404", description = "No key result with this id")
    @APIResponse(responseCode = "409", description = "The key result follows a KPI, or its objective is archived or closed")
    public Response checkIn(@PathParam("id") long id, @Valid @NotNull CheckInRequest request, @Context UriInfo uri) {
        CheckIn checkIn = mapper.toCheckIn(checkIns.record(id, mapper.toEntity(request)));
        return Responses.created(Responses.below(uri, checkIn.id()), checkIn);
    }

    @GET
    @Path("/{id}/check-ins")
    @Operation(operationId = "listCheckIns", summary = "A key result's check-ins", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "One page of check-ins")
    @APIResponse(responseCode = "404", description = "No key result with this id")
    public PageResponse<CheckIn> checkIns(@PathParam("id") long id, @BeanParam @Valid PageParams page) {
        return checkIns.list(id, page).map(mapper::toCheckIn);
    }

    @GET
    @Path("/{id}/check-ins/{checkInId}")
    @Operation(operationId = "getCheckIn", summary = "Read one check-in",
            description = "One check-in of the key result: value, confidence, note, who and when.")
    @APIResponse(responseCode = "200", description = "The check-in", content = @Content(schema = @Schema(implementation = CheckIn.class)))
    @APIResponse(responseCode = "404", description = "No such key result or check-in")
    public CheckIn checkIn(@PathParam("id") long id, @PathParam("checkInId") long checkInId) {
        return mapper.toCheckIn(checkIns.get(id, checkInId));
    }
}
