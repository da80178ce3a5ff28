package com.kpiplatform.alerting.rest.dto;

import com.kpiplatform.alerting.domain.delivery.ChannelType;
import com.kpiplatform.support.actor.Actor;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A channel, without its secrets. */
@Schema(name = "Channel",
        requiredProperties = {"id", "name", "type", "secretSet", "recipients", "createdBy", "createdAt", "version"})
public record ChannelResponse(long id, @Schema(examples = "sales-alerts") String name, ChannelType type,
        @Schema(description = "WEBHOOK: the URL. SLACK: masked, only the host and the last four characters.",
                examples = "https://hooks.slack.com/…XXXX") String url,
        @Schema(description = "WEBHOOK: whether a signing secret is stored.") boolean secretSet,
        List<String> recipients,
        @Schema(description = "Nothing is sent to the channel before this instant (rate limit, Retry-After or a retry's "
                + "backoff); absent when it is free.") Instant pausedUntil,
        Actor createdBy, Instant createdAt, long version) {
}
