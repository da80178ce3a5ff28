package com.kpiplatform.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Exists only on the test classpath: endpoints that fail in each way the problem-details contract
 * covers, so every service proves its own wiring of that contract ({@link ProblemDetailsContract}).
 * Hidden from the OpenAPI document.
 */
@PermitAll
@Path(ProblemProbeResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class ProblemProbeResource {

    public static final String PATH = "/test-support/problem-probe";

    public record ProbeItem(@NotNull @Min(0) Integer value) {
    }

    public record ProbeRequest(
            @NotBlank String name,
            @NotNull @Min(1) @Max(10) Integer count,
            Instant at,
            List<@Size(max = 5) String> tags,
            List<@Valid ProbeItem> items) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public ProbeRequest echo(@Valid @NotNull ProbeRequest request) {
        return request;
    }

    @GET
    @Path("/concurrent-update")
    @Operation(hidden = true)
    public String concurrentUpdate() {
        throw new IllegalStateException("commit failed", new OptimisticLockException("Row was updated or deleted by another transaction"));
    }

    /** Typed parameters: a value the framework cannot convert must be a 400 that names the parameter. */
    @GET
    @Path("/numbers/{id}")
    @Operation(hidden = true)
    public String numbers(@PathParam("id") long id, @QueryParam("page") int page, @QueryParam("parentId") Long parentId,
            @QueryParam("ratio") Double ratio) {
        return id + "/" + page + "/" + parentId + "/" + ratio;
    }

    @GET
    @Path("/unexpected")
    @Operation(hidden = true)
    public String unexpected() {
        throw new IllegalStateException("ERROR: relation \"secret_table\" does not exist; SELECT * FROM secret_table");
    }
}
