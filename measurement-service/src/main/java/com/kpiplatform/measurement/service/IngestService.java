package com.kpiplatform.measurement.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.kpiplatform.measurement.config.MeasurementConfig;
import com.kpiplatform.measurement.domain.IngestOutcome;
import com.kpiplatform.measurement.domain.MeasurementInput;
import com.kpiplatform.support.actor.CurrentActor;
import com.kpiplatform.support.problem.Problem.FieldViolation;
import com.kpiplatform.support.problem.ProblemException;
import com.kpiplatform.support.problem.ProblemType;
import com.kpiplatform.support.requestid.RequestIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Takes measurements in: one at a time (group-committed), as an atomic batch (JSON array or CSV),
 * or as an NDJSON stream of any size in atomic chunks.
 */
@ApplicationScoped
public class IngestService {

    private static final JsonFactory JSON = new JsonFactory();

    @Inject
    MeasurementValidator validator;

    @Inject
    MeasurementWriter writer;

    @Inject
    GroupCommitWriter groupCommit;

    @Inject
    MeasurementConfig config;

    @Inject
    CurrentActor actor;

    /** Validates one measurement and queues it for the next group commit; the future completes when it is durable. */
    public CompletableFuture<Void> ingestOne(InputStream body) throws IOException {
        MeasurementInput input;
        try (JsonParser parser = JSON.createParser(body)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw ProblemException.invalid("body", "must be a measurement object");
            }
            input = token == JsonToken.START_OBJECT ? JsonMeasurementReader.readObject(parser, null)
                    : JsonMeasurementReader.notAnObject(parser, null);
        }
        MeasurementValidator.Validated valid = validator.validate(List.of(input));
        return groupCommit.submit(valid.measurements().get(0), valid.kpis().get(input.kpiKey()), actor.name(), requestId());
    }

    /** A JSON array of measurements: all stored, or none. */
    public IngestOutcome ingestArray(InputStream body) throws IOException {
        return store(readArray(body));
    }

    /** CSV with a header row: all rows stored, or none. */
    public IngestOutcome ingestCsv(InputStream body) throws IOException {
        return store(CsvMeasurementReader.read(body, config.ingest().maxBatchSize()));
    }

    /**
     * NDJSON of any size, stored in atomic chunks. Invalid chunks are skipped and reported; the
     * answer says how many measurements were stored. A line that is not JSON ends the stream.
     */
    public IngestOutcome ingestStream(InputStream body) throws IOException {
        long received = 0;
        long stored = 0;
        List<FieldViolation> errors = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(body)) {
            List<MeasurementInput> chunk = new ArrayList<>();
            JsonToken token;
            try {
                while ((token = parser.nextToken()) != null) {
                    String location = "line " + parser.currentTokenLocation().getLineNr();
                    chunk.add(token == JsonToken.START_OBJECT ? JsonMeasurementReader.readObject(parser, location)
                            : JsonMeasurementReader.notAnObject(parser, location));
                    if (chunk.size() == config.ingest().ndjsonChunkSize()) {
                        received += chunk.size();
                        stored += storeChunk(chunk, errors);
                        chunk.clear();
                    }
                }
            } catch (JsonParseException e) {
                errors.add(new FieldViolation("line " + e.getLocation().getLineNr(),
                        "is not valid JSON (" + e.getOriginalMessage() + "); the lines after it were not read"));
            }
            received += chunk.size();
            stored += storeChunk(chunk, errors);
        }
        if (!errors.isEmpty()) {
            List<FieldViolation> reported = errors.subList(0, Math.min(errors.size(), config.ingest().maxReportedErrors()));
            throw new ProblemException(ProblemType.UNPROCESSABLE, stored + " of " + received + " measurements were "
                    + "stored; chunks with invalid lines were not. Fix the listed lines and send them again (writes are "
                    + "idempotent).", reported)
                    .withExtension("received", received).withExtension("stored", stored);
        }
        return new IngestOutcome(received, stored);
    }

    private long storeChunk(List<MeasurementInput> chunk, List<FieldViolation> errors) {
        if (chunk.isEmpty()) {
            return 0;
        }
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

    private IngestOutcome store(List<MeasurementInput> inputs) {
        if (inputs.isEmpty()) {
            return IngestOutcome.NOTHING;
        }
        MeasurementValidator.Validated valid = validator.validate(inputs);
        int stored = writer.write(valid.measurements(), valid.kpis(), actor.name(), requestId());
        return new IngestOutcome(inputs.size(), stored);
    }

    private List<MeasurementInput> readArray(InputStream body) throws IOException {
        List<MeasurementInput> inputs = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw ProblemException.invalid("body", "must be a JSON array of measurements");
            }
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (inputs.size() == config.ingest().maxBatchSize()) {
                    throw ProblemException.invalid("body", "must hold at most " + config.ingest().maxBatchSize()
                            + " measurements; send larger backfills as application/x-ndjson");
                }
                String location = "[" + inputs.size() + "]";
                inputs.add(token == JsonToken.START_OBJECT ? JsonMeasurementReader.readObject(parser, location)
                        : JsonMeasurementReader.notAnObject(parser, location));
            }
        }
        return inputs;
    }

    private static String requestId() {
        return RequestIds.current().orElse(null);
    }
}
