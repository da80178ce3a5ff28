package com.kpiplatform.measurement.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many measurements a correction removed. */
@Schema(name = "MeasurementDeletion", requiredProperties = "deleted")
public record DeletionResult(@Schema(examples = "42") long deleted) {
}
