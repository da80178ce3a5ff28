package com.kpiplatform.alerting.rest.dto;

import com.kpiplatform.alerting.domain.alert.Severity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which alerts go to which channel. Every filter given must match; filters left out match everything. */
@Schema(name = "SubscriptionRequest")
public record SubscriptionRequest(
        @Schema(examples = "Sales leadership, critical only") @NotBlank @Size(max = 100) String name,
        @NotNull Long channelId,
        @Schema(examples = "[\"sales.mrr\"]") @Size(max = 200)
        List<@NotBlank @Size(max = 64) String> kpiKeys,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags,
        @Pattern(regexp = CATEGORIES, message = "must be one of " + CATEGORIES) String category,
        @Pattern(regexp = LEVELS, message = "must be one of " + LEVELS) String level,
        @Size(max = 100) String ownerTeam,
        @Schema(description = "Alerts below it are not sent here. Default WARNING.") Severity minSeverity,
        @Schema(description = "Tell this channel when an alert it was told about resolves. Default true.")
        Boolean sendResolved,
        @Schema(description = "Remind this channel of a firing, unacknowledged alert this often (PT5M to P30D). "
                + "Absent: the service's repeat interval.", examples = "PT1H") Duration repeatInterval,
        @Schema(description = "Also send period-end \"missed target\" verdicts. Default false.") Boolean missedTargets,
        @Schema(description = "Send a weekly scorecard of the KPIs this subscription follows. Default false.")
        Boolean weeklyDigest,
        @Schema(description = "Default true.") Boolean enabled) {

    static final String CATEGORIES =
            "SALES|MARKETING|PRODUCT|OPERATIONS|FINANCE|CUSTOMER_SUPPORT|ENGINEERING|PEOPLE|OTHER";
    static final String LEVELS = "COMPANY|TEAM|INDIVIDUAL";
}
