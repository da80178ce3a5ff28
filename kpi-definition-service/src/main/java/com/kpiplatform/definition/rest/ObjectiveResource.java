package com.kpiplatform.definition.rest;

import com.kpiplatform.definition.domain.Level;
import com.kpiplatform.definition.domain.okr.ObjectiveQuery;
import com.kpiplatform.definition.domain.okr.ObjectiveState;
import com.kpiplatform.definition.domain.okr.OkrStatus;
import com.kpiplatform.definition.mapping.ObjectiveMapper;
import com.kpiplatform.definition.rest.dto.ObjectiveRequest;
import com.kpiplatform.definition.rest.dto.ObjectiveResponse;
import com.kpiplatform.definition.rest.dto.ObjectiveTree;
import com.kpiplatform.definition.service.ObjectiveService;
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
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Objectives: define, list, read with progress, change (with If-Match), align, archive, restore. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/v1/objectives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Objectives", description = "Qualitative goals for a quarter, half year or year, aligned in a tree, with progress")
public class ObjectiveResource {

    private static final String PROGRESS_NOTE = " Progress and status are computed at the time of the request; KPI-linked "
            + "key results read their KPI's actual from the measurement-service and, when it cannot be reached, show "
            + "the last known value with `stale: true` instead of failing.";

    @Inject
    ObjectiveService service;

    @Inject
    ObjectiveMapper mapper;

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createObjective", summary = "Define an objective", description = "Creates an objective for a period (`2026-Q4`, `2026-H1`, "
            + "`2026`), optionally aligned to a parent objective.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "objective", value = OkrExamples.OBJECTIVE_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag carries its version.",
            headers = {@Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ObjectiveResponse.class),
                    examples = @ExampleObject(name = "created", value = OkrExamples.OBJECTIVE)))
    @APIResponse(responseCode = "400", description = "Invalid objective; every invalid field is named (an unknown or "
            + "archived parent is `parentId`).")
    public Response create(@Valid @NotNull ObjectiveRequest request, @Context UriInfo uri) {
        ObjectiveResponse created = mapper.toResponse(service.create(mapper.toEntity(request)));
        return Responses.created(Responses.below(uri, created.id()), created, created.version());
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.KPIS_READ})
    @Operation(operationId = "listObjectives", summary = "List objectives", description = "Paged and filtered, oldest first; archived objectives only "
            + "with state=ARCHIVED or ALL." + PROGRESS_NOTE)
    @APIResponse(responseCode = "200", description = "One page of objectives, each with its key results and progress")
    public PageResponse<ObjectiveResponse> list(
            @Parameter(description = "Period key, exact match.", example = "2026-Q4") @QueryParam("period") String period,
            @Parameter(description = "Owning team, exact match.") @QueryParam("ownerTeam") String ownerTeam,
            @Parameter(schema = @Schema(implementation = Level.class)) @QueryParam("level") String level,
            @Parameter(description = "Only objectives aligned directly to this one.") @QueryParam("parentId") Long parentId,
            @Parameter(schema = @Schema(enumeration = {"ACTIVE", "ARCHIVED", "ALL"}, defaultValue = "ACTIVE"))
            @QueryParam("state") @DefaultValue("ACTIVE") String state,
            @Parameter(description = "Only objectives with this status now.", schema = @Schema(implementation = OkrStatus.class))
            @QueryParam("status") String status,
            @BeanParam @Valid PageParams page) {
        ObjectiveState stateFilter = QueryParams.enumValueOrAll(ObjectiveState.class, "state", state);
        ObjectiveQuery query = new ObjectiveQuery(period, ownerTeam, QueryParams.enumValue(Level.class, "level", level),
                parentId, stateFilter);
        return service.list(query, QueryParams.enumValue(OkrStatus.class, "status", status), page).map(mapper::toResponse);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getObjective", summary = "Read an objective", description = "With its key results, progress and status." + PROGRESS_NOTE)
    @APIResponse(responseCode = "200", description = "The objective; ETag carries its version.",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ObjectiveResponse.class),
                    examples = @ExampleObject(name = "objective", value = OkrExamples.OBJECTIVE)))
    @APIResponse(responseCode = "404", description = "No objective with this id")
    public Response get(@PathParam("id") long id) {
        ObjectiveResponse objective = mapper.toResponse(service.get(id));
        return Responses.ok(objective, objective.version());
    }

    @GET
    @Path("/{id}/tree")
    @Operation(operationId = "getObjectiveTree", summary = "An objective's alignment tree", description = "The objective and every objective aligned "
            + "below it, at any depth, each with its progress." + PROGRESS_NOTE)
    @APIResponse(responseCode = "200", description = "The tree",
            content = @Content(schema = @Schema(implementation = ObjectiveTree.class)))
    @APIResponse(responseCode = "404", description = "No objective with this id")
    public ObjectiveTree tree(@PathParam("id") long id) {
        return mapper.toTree(service.tree(id));
    }

    @PUT
    @RolesAllowed(Roles.EDITOR)
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateObjective", summary = "Change an objective", description = "Replaces the objective. Send the ETag you read in "
            + "If-Match: a stale version is 412, a missing header 428. A closed objective keeps its period and time "
            + "zone; archived objectives are read-only (409). A parent that would make a cycle is 400.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "objective", value = OkrExamples.OBJECTIVE_REQUEST)))
    @APIResponse(responseCode = "200", description = "Changed; ETag carries the new version.",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ObjectiveResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid objective, or an alignment cycle",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "cycle", value = OkrExamples.CYCLE_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No objective with this id")
    @APIResponse(responseCode = "409", description = "Archived, changed concurrently, or a closed objective's period changed")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("id") long id,
            @Parameter(description = "The ETag last read, e.g. \"3\".", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ObjectiveRequest request) {
        ObjectiveResponse updated = mapper.toResponse(service.update(id, ifMatch, mapper.toEntity(request)));
        return Responses.ok(updated, updated.version());
    }

    @DELETE
    @RolesAllowed(Roles.EDITOR)
    @Path("/{id}")
    @Operation(operationId = "archiveObjective", summary = "Archive an objective", description = "Objectives are not deleted: archiving keeps them, their "
            + "key results and check-ins, read-only. Aligned objectives keep their parent. Idempotent; If-Match optional.")
    @APIResponse(responseCode = "204", description = "Archived (or already archived)")
    @APIResponse(responseCode = "404", description = "No objective with this id")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response archive(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.archive(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Path("/{id}/restore")
    @Operation(operationId = "restoreObjective", summary = "Restore an archived objective", description = "Makes it active again. Idempotent.")
    @APIResponse(responseCode = "200", description = "Active; ETag carries the new version.",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ObjectiveResponse.class)))
    @APIResponse(responseCode = "404", description = "No objective with this id")
    public Response restore(@PathParam("id") long id) {
        ObjectiveResponse restored = mapper.toResponse(service.restore(id));
        return Responses.ok(restored, restored.version());
    }
}
