package com.kpiplatform.alerting.rest.dto;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An acknowledgement: someone is on it. */
@Schema(name = "AckRequest")
public record AckRequest(@Schema(examples = "Looking into the EU billing export.") @Size(max = 1000) String note) {
}
