package com.kpiplatform.definition.rest;

import com.kpiplatform.definition.mapping.ActivityMapper;
import com.kpiplatform.definition.rest.dto.Review;
import com.kpiplatform.definition.rest.dto.ReviewRequest;
import com.kpiplatform.definition.service.ReviewService;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reviews of a KPI: is it still the right measure, with the right targets? */
@RolesAllowed(Roles.VIEWER)
@Path("/api/v1/kpis/{key}/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews", description = "Periodic reviews of KPIs by their owners")
public class KpiReviewResource {

    @Inject
    ReviewService service;

    @Inject
    ActivityMapper mapper;

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createKpiReview", summary = "Record a review", description = "The reviewer is the caller (the token's user). The KPI's lastReviewedAt "
            + "moves to the review time if it is the latest; the change is in the KPI's history.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "review", value = Examples.REVIEW_REQUEST)))
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Review.class),
                    examples = @ExampleObject(name = "review", value = Examples.REVIEW)))
    @APIResponse(responseCode = "404", description = "No KPI with this key")
    @APIResponse(responseCode = "409", description = "The KPI is archived")
    public Response record(@PathParam("key") String key, @Valid @NotNull ReviewRequest request, @Context UriInfo uri) {
        Review review = mapper.toReview(service.record(key, mapper.toEntity(request)), key);
        return Responses.created(Responses.below(uri, review.id()), review);
    }

    @GET
    @Operation(operationId = "listKpiReviews", summary = "List a KPI's reviews", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "One page of reviews")
    @APIResponse(responseCode = "404", description = "No KPI with this key")
    public PageResponse<Review> list(@PathParam("key") String key, @BeanParam @Valid PageParams page) {
        return mapper.toReviews(service.list(key, page), key);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getKpiReview", summary = "Read one review",
            description = "One review of the KPI: when, by whom, and the note.")
    @APIResponse(responseCode = "200", description = "The review", content = @Content(schema = @Schema(implementation = Review.class)))
    @APIResponse(responseCode = "404", description = "No such KPI or review")
    public Review get(@PathParam("key") String key, @PathParam("id") long id) {
        return mapper.toReview(service.get(key, id), key);
    }
}
