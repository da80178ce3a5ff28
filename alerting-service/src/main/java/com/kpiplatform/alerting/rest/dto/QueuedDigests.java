package com.kpiplatform.alerting.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many weekly digests a run queued. */
@Schema(name = "QueuedDigests", requiredProperties = "queued")
public record QueuedDigests(@Schema(examples = "3") int queued) {
}
