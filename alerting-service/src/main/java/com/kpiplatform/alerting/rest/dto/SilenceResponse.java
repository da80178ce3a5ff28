package com.kpiplatform.alerting.rest.dto;

import com.kpiplatform.support.actor.Actor;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A silence. */
@Schema(name = "Silence")
public record SilenceResponse(long id, String matcher, String value, Instant startsAt, Instant endsAt, String reason,
        Actor createdBy, Instant createdAt, @Schema(description = "In force now.") boolean active) {
}
