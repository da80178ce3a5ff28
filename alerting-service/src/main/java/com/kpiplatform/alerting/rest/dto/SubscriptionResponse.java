package com.kpiplatform.alerting.rest.dto;

import com.kpiplatform.alerting.domain.alert.Severity;
import com.kpiplatform.support.actor.Actor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription. */
@Schema(name = "Subscription",
        requiredProperties = {"id", "name", "channelId", "kpiKeys", "tags", "minSeverity", "sendResolved",
                "missedTargets", "weeklyDigest", "enabled", "createdBy", "createdAt", "version"})
public record SubscriptionResponse(long id, @Schema(examples = "Sales leadership") String name, long channelId, List<String> kpiKeys, List<String> tags,
        String category, String level, String ownerTeam, Severity minSeverity, boolean sendResolved,
        @Schema(description = "Absent: the service's repeat interval.") Duration repeatInterval, boolean missedTargets,
        boolean weeklyDigest, boolean enabled, Actor createdBy, Instant createdAt, long version) {
}
