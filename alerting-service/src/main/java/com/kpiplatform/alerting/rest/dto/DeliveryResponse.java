package com.kpiplatform.alerting.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.kpiplatform.alerting.domain.delivery.ChannelType;
import com.kpiplatform.alerting.domain.delivery.DeliveryState;
import com.kpiplatform.alerting.domain.delivery.NoticeKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One notification to one channel (or KPI owner), and how its delivery went. */
@Schema(name = "Delivery",
        requiredProperties = {"id", "idempotencyKey", "kind", "channelType", "summary", "state", "attempts",
                "createdAt", "notice"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryResponse(long id,
        @Schema(examples = "alert-42-fired-channel-7",
                description = "Unique per notification and destination; webhooks receive it as their idempotency id.")
        String idempotencyKey, NoticeKind kind, Long channelId, ChannelType channelType,
        @Schema(description = "The KPI owner's address, for deliveries to an owner rather than a channel.")
        String recipient, Long subscriptionId, Long alertId,
        @Schema(examples = "Monthly recurring revenue is OFF_TRACK in 2026-11") String summary, DeliveryState state, int attempts,
        @Schema(description = "PENDING only: when the next attempt is due.") Instant nextAttemptAt,
        @Schema(description = "Why the last attempt did not deliver (HTTP status and body, SMTP reply…).")
        String lastError, Instant createdAt, Instant sentAt,
        @Schema(description = "What the message says, as every channel renders it.") Map<String, Object> notice,
        @Schema(description = "Every attempt, oldest first (single reads only).") List<Attempt> history) {

    /** One try. */
    @Schema(name = "DeliveryAttempt", requiredProperties = {"at", "outcome", "durationMs"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Attempt(Instant at, @Schema(enumeration = {"SENT", "RETRY", "FAILED", "DEAD"}) String outcome,
            @Schema(description = "HTTP status or SMTP reply code.") Integer statusCode, String detail, long durationMs) {
    }
}
