package com.kpiplatform.measurement.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;

/**
 * Keeps the NDJSON request example a text of several lines: the annotation scanner reads an
 * example that starts with {@code {} as JSON and keeps only its first object.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NdjsonExample implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            MediaType ndjson = operation.getRequestBody().getContent().getMediaType(MeasurementResource.NDJSON);
            if (ndjson != null && ndjson.getExamples() != null) {
                ndjson.getExamples().values().forEach(example -> example.setValue(Examples.NDJSON));
            }
        }
        return operation;
    }
}
