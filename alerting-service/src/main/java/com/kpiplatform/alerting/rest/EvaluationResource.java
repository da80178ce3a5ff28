package com.kpiplatform.alerting.rest;

import com.kpiplatform.alerting.domain.cycle.CycleStatus;
import com.kpiplatform.alerting.domain.cycle.Trigger;
import com.kpiplatform.alerting.rest.mapping.ReportMapper;
import com.kpiplatform.alerting.rest.dto.EvaluationCycleResponse;
import com.kpiplatform.alerting.service.ReportService;
import com.kpiplatform.alerting.service.evaluation.EvaluationRunner;
import com.kpiplatform.support.paging.PageParams;
import com.kpiplatform.support.paging.PageResponse;
import com.kpiplatform.support.problem.ProblemException;
import com.kpiplatform.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Evaluation cycles: run one now, and read what the cycles did. */
@RolesAllowed(Roles.VIEWER)
@Path("/api/v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations", description = "Cycles that judge every active KPI and key result against its target")
public class EvaluationResource {

    /** Seconds a client should wait before retrying a run that could not happen now. */
    private static final long RETRY_AFTER_SECONDS = 10;

    @Inject
    EvaluationRunner runner;

    @Inject
    ReportService reports;

    @Inject
    ReportMapper mapper;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Path("/run")
    @Operation(operationId = "runEvaluation", summary = "Run an evaluation cycle now", description = "Evaluates every active KPI and key result and "
            + "answers the cycle's summary. A cycle that cannot read the kpi-definition-service or the "
            + "measurement-service fails as a whole, changes nothing, and is recorded.")
    @APIResponse(responseCode = "200", description = "The cycle ran; its summary",
            content = @Content(schema = @Schema(implementation = EvaluationCycleResponse.class)))
    @APIResponse(responseCode = "409", description = "Another replica is evaluating right now; Retry-After says when to try again")
    @APIResponse(responseCode = "503", description = "The cycle failed because another service could not be read; it is "
            + "recorded (`evaluationId`) and nothing changed. Retry-After says when to try again.")
    public EvaluationCycleResponse run() {
        long id = runner.run(Trigger.MANUAL).orElseThrow(() -> ProblemException.conflict(
                "An evaluation cycle is running on another replica.").withHeader("Retry-After",
                Long.toString(RETRY_AFTER_SECONDS)));
        EvaluationCycleResponse cycle = mapper.toResponse(reports.cycle(id));
        if ("FAILED".equals(cycle.status())) {
            throw ProblemException.unavailable("The evaluation cycle failed and changed nothing: " + cycle.error(),
                    RETRY_AFTER_SECONDS).withExtension("evaluationId", id);
        }
        return cycle;
    }

    @GET
    @Operation(operationId = "listEvaluations", summary = "List evaluation cycles", description = "Newest first; `status=FAILED` lists the cycles an outage "
            + "of another service made fail.")
    @APIResponse(responseCode = "200", description = "One page of cycles")
    public PageResponse<EvaluationCycleResponse> list(
            @Parameter(schema = @Schema(enumeration = {"SUCCEEDED", "FAILED"})) @QueryParam("status") String status,
            @BeanParam @Valid PageParams page) {
        if (status != null && !status.equals("SUCCEEDED") && !status.equals("FAILED")) {
            throw ProblemException.invalid("status", "must be SUCCEEDED or FAILED");
        }
        return reports.cycles(status == null ? null : CycleStatus.valueOf(status), page).map(mapper::toResponse);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getEvaluation", summary = "Read one evaluation cycle",
            description = "One cycle: trigger, status, duration, counts by status, alerts opened and resolved, and why it failed.")
    @APIResponse(responseCode = "200", description = "The cycle",
            content = @Content(schema = @Schema(implementation = EvaluationCycleResponse.class)))
    @APIResponse(responseCode = "404", description = "No cycle with this id")
    public EvaluationCycleResponse get(@PathParam("id") long id) {
        return mapper.toResponse(reports.cycle(id));
    }
}
