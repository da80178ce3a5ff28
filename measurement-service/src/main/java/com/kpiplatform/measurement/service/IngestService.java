package com.kpiplatform.measurement.service;

import com.kpiplatform.measurement.config.MeasurementConfig;
import com.kpiplatform.measurement.domain.IngestOutcome;
import com.kpiplatform.measurement.domain.MeasurementInput;
import com.kpiplatform.measurement.domain.MeasurementSource;
import com.kpiplatform.measurement.domain.UnreadableInputException;
import com.kpiplatform.support.actor.Actor;
import com.kpiplatform.support.problem.Problem.FieldViolation;
import com.kpiplatform.support.problem.ProblemException;
import com.kpiplatform.support.problem.ProblemType;
import com.kpiplatform.support.requestid.RequestIds;
import com.kpiplatform.support.security.CurrentCaller;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.context.ManagedExecutor;

/**
 * Takes measurements in: one at a time (group-committed), as an atomic batch, or as a stream of
 * any size in atomic chunks.
 */
@ApplicationScoped
public class IngestService {

    @Inject
    MeasurementValidator validator;

    @Inject
    MeasurementWriter writer;

    @Inject
    GroupCommitWriter groupCommit;

    @Inject
    MeasurementConfig config;

    @Inject
    CurrentCaller caller;

    @Inject
    ApiKeyLimits keyLimits;

    @Inject
    MeterRegistry metrics;

    @Inject
    ManagedExecutor workers;

    /**
     * Validates one measurement and queues it for the next group commit; the future completes when it
     * is durable. It runs on the request's event-loop thread when the KPI is in the catalog's cache
     * (the usual case), and moves to a worker thread only to look a KPI up: a thread hop per request
     * cost more than the validation itself (see the README's profile).
     */
    public CompletableFuture<Void> ingestOne(MeasurementInput input) {
        keyLimits.admitRequest();
        List<MeasurementInput> inputs = List.of(input);
        keyLimits.requireCovers(inputs);
        Actor source = caller.actor();
        String requestId = requestId();
        CompletableFuture<MeasurementValidator.Validated> valid = validator.validateFromCache(inputs)
                .map(CompletableFuture::completedFuture)
                .orElseGet(() -> CompletableFuture.supplyAsync(() -> validator.validate(inputs), workers));
        return valid.thenCompose(v -> groupCommit.submit(v.measurements().get(0), v.kpis().get(input.kpiKey()), source,
                        requestId))
                .thenRun(() -> countAcknowledged("single", 1));
    }

    /** A batch: all stored, or none. */
    public IngestOutcome ingestBatch(List<MeasurementInput> inputs) {
        keyLimits.admitRequest();
        IngestOutcome outcome = store(inputs);
        countAcknowledged("batch", outcome.received());
        return outcome;
    }

    private IngestOutcome store(List<MeasurementInput> inputs) {
        if (inputs.isEmpty()) {
            return IngestOutcome.NOTHING;
        }
        keyLimits.requireCovers(inputs);
        MeasurementValidator.Validated valid = validator.validate(inputs);
        int stored = writer.write(valid.measurements(), valid.kpis(), caller.actor(), requestId());
        return new IngestOutcome(inputs.size(), stored);
    }

    /**
     * A stream of any size, stored in atomic chunks. Invalid chunks are skipped and reported; the
     * answer says how many measurements were stored. Input that cannot be read ends the stream, and
     * so does a KPI outside the caller's API key (403): the chunks before it stay stored.
     */
    public IngestOutcome ingestStream(MeasurementSource source) throws IOException {
        keyLimits.admitRequest();
        long received = 0;
        long stored = 0;
        List<FieldViolation> errors = new ArrayList<>();
        List<MeasurementInput> chunk = new ArrayList<>();
        try {
            for (MeasurementInput input = source.next(); input != null; input = source.next()) {
                chunk.add(input);
                if (chunk.size() == config.ingest().ndjsonChunkSize()) {
                    received += chunk.size();
                    stored += storeChunk(chunk, errors);
                    chunk.clear();
                }
            }
        } catch (UnreadableInputException e) {
            // The chunk holds a line that could not be read: like a chunk with an invalid line, it is not stored.
            errors.add(new FieldViolation(e.violation().field(), e.violation().message()));
            received += chunk.size();
            chunk.clear();
        }
        received += chunk.size();
        stored += storeChunk(chunk, errors);
        if (!errors.isEmpty()) {
            List<FieldViolation> reported = errors.subList(0, Math.min(errors.size(), config.ingest().maxReportedErrors()));
            ProblemException problem = stored == 0
                    ? new ProblemException(ProblemType.VALIDATION, "Nothing was stored. Fix the listed lines and send them"
                            + " again.", reported)
                    : new ProblemException(ProblemType.UNPROCESSABLE, stored + " of " + received + " measurements were "
                            + "stored; chunks with invalid lines were not. Fix the listed lines and send them again (writes"
                            + " are idempotent).", reported);
            throw problem.withExtension("received", received).withExtension("stored", stored);
        }
        countAcknowledged("stream", received);
        return new IngestOutcome(received, stored);
    }

    /** Measurements acknowledged with a 2xx, by how they came (repeats of stored keys included). */
    private void countAcknowledged(String route, long measurements) {
        metrics.counter("measurement.ingest.measurements", "route", route).increment(measurements);
    }

    private long storeChunk(List<MeasurementInput> chunk, List<FieldViolation> errors) {
        try {
            return store(chunk).stored();
        } catch (ProblemException e) {
            if (e.type() != ProblemType.VALIDATION) {
                throw e;
            }
            errors.addAll(e.errors());
            return 0;
        }
    }

    private static String requestId() {
        return RequestIds.current().orElse(null);
    }
}
