package com.kpiplatform.measurement.rest;

import com.kpiplatform.measurement.config.MeasurementConfig;
import com.kpiplatform.measurement.domain.IngestOutcome;
import com.kpiplatform.measurement.domain.MeasurementInput;
import com.kpiplatform.measurement.rest.mapping.MeasurementMapper;
import com.kpiplatform.measurement.rest.dto.DeletionResult;
import com.kpiplatform.measurement.rest.dto.IngestResult;
import com.kpiplatform.measurement.rest.dto.MeasurementPage;
import com.kpiplatform.measurement.rest.dto.MeasurementRequest;
import com.kpiplatform.measurement.service.IngestService;
import com.kpiplatform.measurement.service.MeasurementDeletionService;
import com.kpiplatform.measurement.service.MeasurementQueryService;
import com.kpiplatform.support.http.QueryParams;
import com.kpiplatform.support.security.Roles;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Measurements: written by integrations, read back raw, removed for corrections. */
@RolesAllowed({Roles.VIEWER, Roles.MEASUREMENTS_READ})
@Path("/api/v1/measurements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Measurements", description = "Actual values of KPIs over time")
public class MeasurementResource {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";

    @Inject
    MeasurementMapper mapper;

    @Inject
    IngestService ingest;

    @Inject
    MeasurementQueryService query;

    @Inject
    MeasurementDeletionService deletion;

    @Inject
    MeasurementConfig config;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MEASUREMENTS_WRITE})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "ingestMeasurement", summary = "Write one measurement", description = "An idempotent upsert on (kpiKey, dimensions, timestamp): "
            + "writing the same key again replaces the value. Concurrent writes are committed together (group commit); "
            + "the answer comes when the measurement is durable. Its source is the caller: the person or API key.")
    @RequestBody(content = @Content(schema = @Schema(implementation = MeasurementRequest.class),
            examples = @ExampleObject(name = "measurement", value = Examples.MEASUREMENT)))
    @APIResponse(responseCode = "200", description = "Stored", content = @Content(schema = @Schema(implementation = IngestResult.class)))
    @APIResponse(responseCode = "400", description = "Invalid; unknown, archived or calculated KPI; nothing stored")
    @APIResponse(responseCode = "503", description = "The KPI could not be checked (kpi-definition-service down and the KPI "
            + "never seen) or the database is unavailable; nothing stored. Retry-After says when to retry.")
    public CompletionStage<IngestResult> writeOne(byte[] body) throws IOException {
        return ingest.ingestOne(JsonMeasurementReader.readOne(new ByteArrayInputStream(body)))
                .thenApply(durable -> mapper.toResult(IngestOutcome.ONE));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MEASUREMENTS_WRITE})
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "ingestMeasurementBatch", summary = "Write a batch (JSON array)", description = "Up to measurement.ingest.max-batch-size (10,000) "
            + "measurements, atomic: if any item is invalid nothing is stored and the problem lists the failing items by "
            + "index ([i].field) with the reason (first 100). Idempotent: posting the same batch twice stores each "
            + "measurement once; within a batch, the later of two equal keys wins.")
    @RequestBody(content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = MeasurementRequest.class),
                    examples = @ExampleObject(name = "batch", value = Examples.BATCH))})
    @APIResponse(responseCode = "200", description = "All stored",
            content = @Content(schema = @Schema(implementation = IngestResult.class), examples = @ExampleObject(name = "stored", value = Examples.INGEST_RESULT)))
    @APIResponse(responseCode = "400", description = "At least one invalid item; nothing stored",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "invalid", value = Examples.BATCH_PROBLEM)))
    @APIResponse(responseCode = "503", description = "A never-seen KPI could not be checked, or the database is unavailable; nothing stored")
    public IngestResult writeBatch(InputStream body) throws IOException {
        List<MeasurementInput> inputs = JsonMeasurementReader.readArray(body, config.ingest().maxBatchSize());
        return mapper.toResult(ingest.ingestBatch(inputs));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MEASUREMENTS_WRITE})
    @Path("/batch")
    @Consumes(NDJSON)
    @Operation(operationId = "ingestMeasurementBatch", summary = "Stream measurements (NDJSON)", description = "One measurement per line, any number of lines, "
            + "not subject to the body size limit. Stored in atomic chunks of measurement.ingest.ndjson-chunk-size; a chunk "
            + "with an invalid line is not stored and its errors are listed by line. The answer says how many were stored.")
    @RequestBody(content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "lines", value = Examples.NDJSON)))
    @APIResponse(responseCode = "200", description = "Every line stored", content = @Content(schema = @Schema(implementation = IngestResult.class)))
    @APIResponse(responseCode = "422", description = "Some chunks were not stored; the problem has `received`, `stored` and "
            + "the errors by line. Fix them and send those lines again.")
    @APIResponse(responseCode = "503", description = "A never-seen KPI could not be checked, or the database is unavailable")
    public IngestResult writeStream(InputStream body) throws IOException {
        try (NdjsonMeasurementSource source = new NdjsonMeasurementSource(body)) {
            return mapper.toResult(ingest.ingestStream(source));
        }
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MEASUREMENTS_WRITE})
    @Path("/batch")
    @Consumes(CSV)
    @Operation(operationId = "ingestMeasurementBatch", summary = "Write a batch (CSV)", description = "A header row `kpiKey,timestamp,value` plus one `dim.<name>` "
            + "column per dimension (an empty cell leaves the dimension out). Atomic like a JSON array; errors name the "
            + "line (the header is line 1).")
    @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "csv", value = Examples.CSV)))
    @APIResponse(responseCode = "200", description = "All stored", content = @Content(schema = @Schema(implementation = IngestResult.class)))
    @APIResponse(responseCode = "400", description = "At least one invalid row; nothing stored")
    @APIResponse(responseCode = "503", description = "A never-seen KPI could not be checked, or the database is unavailable")
    public IngestResult writeCsv(InputStream body) throws IOException {
        List<MeasurementInput> inputs = CsvMeasurementReader.read(body, config.ingest().maxBatchSize());
        return mapper.toResult(ingest.ingestBatch(inputs));
    }

    @GET
    @Operation(operationId = "listMeasurements",
            extensions = @Extension(name = DimensionFilters.EXTENSION, value = DimensionFilters.PREFIXES, parseValue = true),
            summary = "Read raw measurements", description = "One KPI's measurements in [from, to), optionally filtered by "
            + "dimensions (`dim.region=eu`), oldest or newest first, with their source and receive time. Paged by cursor: "
            + "pass `nextCursor` as `cursor`.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = MeasurementPage.class)))
    @APIResponse(responseCode = "404", description = "No KPI with this key")
    public MeasurementPage list(
            @Parameter(description = "KPI key.", required = true) @QueryParam("kpi") @NotBlank String kpi,
            @Parameter(description = "ISO-8601 instant, inclusive.") @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 instant, exclusive.") @QueryParam("to") String to,
            @Parameter(schema = @Schema(enumeration = {"asc", "desc"}, defaultValue = "asc"))
            @QueryParam("order") @DefaultValue("asc") @Pattern(regexp = "asc|desc", message = "must be asc or desc") String order,
            @Parameter(description = "Page size, 1 to 1000.") @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
            @Parameter(description = "nextCursor of the previous page.") @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        return mapper.toPage(query.page(kpi, QueryParams.instant("from", from), QueryParams.instant("to", to),
                DimensionFilters.of(uri.getQueryParameters()), order.equals("desc"), cursor, limit));
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteMeasurements",
            extensions = @Extension(name = DimensionFilters.EXTENSION, value = DimensionFilters.PREFIXES, parseValue = true),
            summary = "Remove measurements for a correction", description = "Removes one KPI's measurements in "
            + "[from, to) matching the dimension filter; the actuals of the periods touched are recomputed. Recorded in an "
            + "audit table (who, when, which range, how many).")
    @APIResponse(responseCode = "200", description = "How many were removed",
            content = @Content(schema = @Schema(implementation = DeletionResult.class),
                    examples = @ExampleObject(name = "deleted", value = "{\"deleted\": 42}")))
    @APIResponse(responseCode = "404", description = "No KPI with this key")
    public DeletionResult delete(
            @Parameter(description = "KPI key.", required = true) @QueryParam("kpi") @NotBlank String kpi,
            @Parameter(description = "ISO-8601 instant, inclusive.", required = true) @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 instant, exclusive.", required = true) @QueryParam("to") String to,
            @Context UriInfo uri) {
        return new DeletionResult(deletion.delete(kpi, QueryParams.instant("from", from), QueryParams.instant("to", to),
                DimensionFilters.of(uri.getQueryParameters())));
    }
}
