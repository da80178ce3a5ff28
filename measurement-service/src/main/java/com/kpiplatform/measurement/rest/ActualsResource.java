package com.kpiplatform.measurement.rest;

import com.kpiplatform.measurement.domain.Granularity;
import com.kpiplatform.measurement.rest.mapping.ActualsMapper;
import com.kpiplatform.measurement.rest.dto.ActualResponse;
import com.kpiplatform.measurement.rest.dto.ActualsQueryRequest;
import com.kpiplatform.measurement.rest.dto.ActualsQueryResponse;
import com.kpiplatform.measurement.rest.dto.SeriesResponse;
import com.kpiplatform.measurement.service.ActualsService;
import com.kpiplatform.measurement.service.SeriesService;
import com.kpiplatform.support.http.QueryParams;
import com.kpiplatform.support.problem.ProblemException;
import com.kpiplatform.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the measurements of a KPI add up to: time series and period actuals. */
@RolesAllowed({Roles.VIEWER, Roles.MEASUREMENTS_READ})
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Actuals", description = "Series and period actuals, in each KPI's time zone")
public class ActualsResource {

    @Inject
    ActualsMapper mapper;

    @Inject
    SeriesService series;

    @Inject
    ActualsService actuals;

    @GET
    @Path("/kpis/{key}/series")
    @Operation(operationId = "getKpiSeries",
            extensions = @Extension(name = DimensionFilters.EXTENSION, value = DimensionFilters.PREFIXES, parseValue = true),
            summary = "A KPI's time series", description = "Buckets of the granularity in the KPI's time zone (local "
            + "midnights, so DST days have 23 or 25 hours; ISO weeks from Monday), each reduced by the KPI's aggregation "
            + "(LAST: the value with the latest timestamp; COUNT: the number of measurements; AVG: over measurements), "
            + "with the count. Empty buckets are included (value null, or 0 for COUNT). Buckets are clipped to [from, to). "
            + "A calculated KPI's series is at its own period's granularity.")
    @APIResponse(responseCode = "200", description = "The series",
            content = @Content(schema = @Schema(implementation = SeriesResponse.class), examples = @ExampleObject(name = "dst-day", value = Examples.SERIES)))
    @APIResponse(responseCode = "404", description = "No KPI with this key")
    @APIResponse(responseCode = "503", description = "The KPI could not be checked or the database is unavailable")
    public SeriesResponse series(@PathParam("key") String key,
            @Parameter(required = true, schema = @Schema(implementation = Granularity.class)) @QueryParam("granularity") String granularity,
            @Parameter(description = "ISO-8601 instant, inclusive.", required = true) @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 instant, exclusive.", required = true) @QueryParam("to") String to,
            @Context UriInfo uri) {
        return mapper.toResponse(series.series(key,
                required(QueryParams.enumValue(Granularity.class, "granularity", granularity), "granularity"),
                required(QueryParams.instant("from", from), "from"), required(QueryParams.instant("to", to), "to"),
                DimensionFilters.of(uri.getQueryParameters())));
    }

    @GET
    @Path("/kpis/{key}/actual")
    @Operation(operationId = "getKpiActual",
            extensions = @Extension(name = DimensionFilters.EXTENSION, value = DimensionFilters.PREFIXES, parseValue = true),
            summary = "A KPI's actual for one period", description = "The period key is in the KPI's own period type "
            + "(2026-11-21, 2026-W47, 2026-11, 2026-Q4, 2026). Value, count, first and last measurement, period bounds; "
            + "`dim.<name>=<value>` filters. For a calculated KPI: its formula over the components' actuals, each reduced by "
            + "its own aggregation; a component without a value (or a division by zero) gives value null with a reason.")
    @APIResponse(responseCode = "200", description = "The actual",
            content = @Content(schema = @Schema(implementation = ActualResponse.class), examples = @ExampleObject(name = "actual", value = Examples.ACTUAL)))
    @APIResponse(responseCode = "404", description = "No KPI with this key")
    @APIResponse(responseCode = "503", description = "The KPI could not be checked or the database is unavailable")
    public ActualResponse actual(@PathParam("key") String key,
            @Parameter(description = "Period key in the KPI's period type.", required = true, example = "2026-11")
            @QueryParam("period") String period,
            @Context UriInfo uri) {
        return mapper.toResponse(actuals.actual(key, period, DimensionFilters.of(uri.getQueryParameters())));
    }

    @POST
    @Path("/actuals/query")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "queryActuals", summary = "Many actuals in one request", description = "Up to 5000 (KPI, period, dimension filter) items "
            + "answered in request order with a constant number of SQL statements (not one per item), plus each KPI's "
            + "latest measurement time for freshness. What the alerting-service and OKR progress use.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "query", value = Examples.ACTUALS_QUERY)))
    @APIResponse(responseCode = "200", description = "The actuals", content = @Content(schema = @Schema(implementation = ActualsQueryResponse.class)))
    @APIResponse(responseCode = "503", description = "A KPI could not be checked or the database is unavailable")
    public ActualsQueryResponse query(@Valid @NotNull ActualsQueryRequest request) {
        return mapper.toResponse(actuals.query(mapper.toQueries(request)));
    }

    private static <T> T required(T value, String name) {
        if (value == null) {
            throw ProblemException.invalid(name, "is required");
        }
        return value;
    }
}
