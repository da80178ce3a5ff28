package com.kpiplatform.definition.rest;

import com.kpiplatform.definition.mapping.KeyResultMapper;
import com.kpiplatform.definition.rest.dto.KeyResultRequest;
import com.kpiplatform.definition.rest.dto.KeyResultResponse;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The key results of one objective: add one, list them. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/v1/objectives/{objectiveId}/key-results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Key results")
public class ObjectiveKeyResultResource {

    @Inject
    KeyResultService keyResults;

    @Inject
    KeyResultMapper mapper;

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createKeyResult", summary = "Add a key result", description = "With a `kpiKey`, the key result follows that KPI's actual "
            + "over the objective's period; without, its value comes from check-ins. Only while the objective's "
            + "period is open.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "KPI-linked", value = OkrExamples.KEY_RESULT_REQUEST)))
    @APIResponse(responseCode = "201", description = "Added; Location names it.",
            headers = {@Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = KeyResultResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid key result; every invalid field is named (target equal to "
            + "start, unknown or archived KPI, weight not above 0)")
    @APIResponse(responseCode = "404", description = "No objective with this id")
    @APIResponse(responseCode = "409", description = "The objective is archived or closed, or has the most key results allowed")
    public Response create(@PathParam("objectiveId") long objectiveId, @Valid @NotNull KeyResultRequest request,
            @Context UriInfo uri) {
        KeyResultResponse created = mapper.toResponse(keyResults.create(objectiveId, mapper.toEntity(request)));
        URI location = uri.getBaseUriBuilder().path("api/v1/key-results").path(Long.toString(created.id())).build();
        return Responses.created(location, created, created.version());
    }

    @GET
    @Operation(operationId = "listObjectiveKeyResults", summary = "An objective's key results", description = "In the order they were added, with progress.")
    @APIResponse(responseCode = "200", description = "One page of key results")
    @APIResponse(responseCode = "404", description = "No objective with this id")
    public PageResponse<KeyResultResponse> list(@PathParam("objectiveId") long objectiveId,
            @BeanParam @Valid PageParams page) {
        return PageResponse.slice(mapper.toResponses(keyResults.ofObjective(objectiveId)), page);
    }
}
