package com.kpiplatform.definition.rest;

import com.kpiplatform.definition.domain.Category;
import com.kpiplatform.definition.domain.IndicatorType;
import com.kpiplatform.definition.domain.KpiLifecycle;
import com.kpiplatform.definition.domain.KpiQuery;
import com.kpiplatform.definition.domain.KpiSort;
import com.kpiplatform.definition.domain.Level;
import com.kpiplatform.definition.mapping.ActivityMapper;
import com.kpiplatform.definition.mapping.KpiMapper;
import com.kpiplatform.definition.rest.dto.KpiChange;
import com.kpiplatform.definition.rest.dto.KpiRequest;
import com.kpiplatform.definition.rest.dto.KpiResponse;
import com.kpiplatform.definition.service.KpiService;
import com.kpiplatform.support.http.ETags;
import com.kpiplatform.support.http.QueryParams;
import com.kpiplatform.support.http.Responses;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
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

/** KPIs: define, list, read, change (with If-Match), archive, restore, and their history. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/v1/kpis")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "KPIs", description = "What the organisation measures: KPI definitions, addressed by key")
public class KpiResource {

    @Inject
    KpiService service;

    @Inject
    KpiMapper mapper;

    @Inject
    ActivityMapper activities;

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createKpi", summary = "Define a KPI", description = "Creates a KPI. A `formula` makes it a calculated KPI; the formula is "
            + "checked for syntax, unknown or archived KPIs, period mismatches and dependency cycles.")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "measured", value = Examples.KPI_REQUEST),
            @ExampleObject(name = "calculated", value = Examples.CALCULATED_KPI_REQUEST)}))
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag carries its version.",
            headers = {@Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = KpiResponse.class),
                    examples = @ExampleObject(name = "created", value = Examples.KPI_RESPONSE)))
    @APIResponse(responseCode = "400", description = "Invalid definition; every invalid field is named.",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "invalid", value = Examples.VALIDATION_PROBLEM)))
    @APIResponse(responseCode = "409", description = "A KPI with this key exists (keys stay taken after archiving).")
    public Response create(@Valid @NotNull KpiRequest request, @Context UriInfo uri) {
        KpiResponse created = mapper.toResponse(service.create(mapper.toEntity(request)));
        return Responses.created(Responses.below(uri, created.key()), created, created.version());
    }

    @GET
    @Operation(operationId = "listKpis", summary = "List KPIs", description = "Paged and filtered; archived KPIs only with status=ARCHIVED or ALL. "
            + "Sorted by key unless `sort` says otherwise; every order ends on the key, so pages are stable.")
    @APIResponse(responseCode = "200", description = "One page of KPIs")
    public PageResponse<KpiResponse> list(
            @Parameter(schema = @Schema(implementation = Category.class)) @QueryParam("category") String category,
            @Parameter(schema = @Schema(implementation = Level.class)) @QueryParam("level") String level,
            @Parameter(description = "Owning team, exact match.") @QueryParam("ownerTeam") String ownerTeam,
            @Parameter(description = "KPIs carrying this tag.") @QueryParam("tag") String tag,
            @Parameter(schema = @Schema(enumeration = {"ACTIVE", "ARCHIVED", "ALL"}, defaultValue = "ACTIVE"))
            @QueryParam("status") @DefaultValue("ACTIVE") String status,
            @Parameter(schema = @Schema(implementation = IndicatorType.class)) @QueryParam("indicatorType") String indicatorType,
            @Parameter(description = "Free text, matched case-insensitively in key, name and description.")
            @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "key, name or updatedAt; a leading '-' sorts descending.",
                    schema = @Schema(defaultValue = "key", pattern = KpiSort.PARAMETER_PATTERN))
            @QueryParam("sort") @DefaultValue("key") @Pattern(regexp = KpiSort.PARAMETER_PATTERN,
                    message = "must be key, name or updatedAt, optionally with a leading '-'") String sort,
            @BeanParam @Valid PageParams page) {
        KpiLifecycle statusFilter = QueryParams.enumValueOrAll(KpiLifecycle.class, "status", status);
        KpiQuery query = new KpiQuery(QueryParams.enumValue(Category.class, "category", category),
                QueryParams.enumValue(Level.class, "level", level), ownerTeam, tag, statusFilter,
                QueryParams.enumValue(IndicatorType.class, "indicatorType", indicatorType), q, KpiSort.fromParameter(sort));
        return service.list(query, page).map(mapper::toResponse);
    }

    @GET
    @Path("/{key}")
    @Operation(operationId = "getKpi", summary = "Read a KPI", description = "Answers 304 when If-None-Match names its current ETag.")
    @APIResponse(responseCode = "200", description = "The KPI; ETag carries its version.",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = KpiResponse.class),
                    examples = @ExampleObject(name = "kpi", value = Examples.KPI_RESPONSE)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No KPI with this key")
    public Response get(@PathParam("key") String key, @Context Request request) {
        KpiResponse kpi = mapper.toResponse(service.get(key));
        EntityTag tag = ETags.of(kpi.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return notModified != null ? notModified.build() : Response.ok(kpi).tag(tag).build();
    }

    @PUT
    @RolesAllowed(Roles.EDITOR)
    @Path("/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateKpi", summary = "Change a KPI", description = "Replaces the definition. Send the ETag you read in If-Match: "
            + "a stale version is 412, a missing header 428. The key is immutable; archived KPIs are read-only (409).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "measured", value = Examples.KPI_REQUEST)))
    @APIResponse(responseCode = "200", description = "Changed; ETag carries the new version.",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = KpiResponse.class)))
    @APIResponse(responseCode = "404", description = "No KPI with this key")
    @APIResponse(responseCode = "409", description = "Archived, changed concurrently, or a period change while "
            + "calculated KPIs use this one")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("key") String key,
            @Parameter(description = "The ETag last read, e.g. \"3\".", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull KpiRequest request) {
        KpiResponse updated = mapper.toResponse(service.update(key, ifMatch, mapper.toEntity(request)));
        return Responses.ok(updated, updated.version());
    }

    @DELETE
    @RolesAllowed(Roles.EDITOR)
    @Path("/{key}")
    @Operation(operationId = "archiveKpi", summary = "Archive a KPI", description = "KPIs are never deleted: archiving keeps the KPI, its targets "
            + "and its history, and stops its evaluation. Idempotent. If-Match is optional.")
    @APIResponse(responseCode = "204", description = "Archived (or already archived)")
    @APIResponse(responseCode = "404", description = "No KPI with this key")
    @APIResponse(responseCode = "409", description = "Calculated KPIs still use it")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response archive(@PathParam("key") String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.archive(key, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Path("/{key}/restore")
    @Operation(operationId = "restoreKpi", summary = "Restore an archived KPI", description = "Makes it active again. Idempotent.")
    @APIResponse(responseCode = "200", description = "Active; ETag carries the new version.",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = KpiResponse.class)))
    @APIResponse(responseCode = "404", description = "No KPI with this key")
    @APIResponse(responseCode = "409", description = "Its formula uses archived KPIs")
    public Response restore(@PathParam("key") String key) {
        KpiResponse restored = mapper.toResponse(service.restore(key));
        return Responses.ok(restored, restored.version());
    }

    @GET
    @Path("/{key}/history")
    @Operation(operationId = "listKpiHistory", summary = "A KPI's change history", description = "Every change to the KPI and its targets, newest first: "
            + "who, when, which field, from what, to what.")
    @APIResponse(responseCode = "200", description = "One page of changes")
    @APIResponse(responseCode = "404", description = "No KPI with this key")
    public PageResponse<KpiChange> history(@PathParam("key") String key, @BeanParam @Valid PageParams page) {
        return service.history(key, page).map(activities::toChange);
    }
}
