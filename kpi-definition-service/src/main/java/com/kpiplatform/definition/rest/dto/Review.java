package com.kpiplatform.definition.rest.dto;

import com.kpiplatform.support.actor.Actor;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recorded review. */
@Schema(name = "Review", requiredProperties = {"id", "kpiKey", "reviewedAt", "reviewedBy"})
public record Review(
        @Schema(examples = "51") long id,
        @Schema(examples = "sales.mrr") String kpiKey,
        @Schema(examples = "2026-11-20T15:00:00Z") Instant reviewedAt,
        Actor reviewedBy,
        String note) {
}
