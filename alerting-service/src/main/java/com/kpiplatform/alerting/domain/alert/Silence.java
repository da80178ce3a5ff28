package com.kpiplatform.alerting.domain.alert;

import com.kpiplatform.alerting.domain.Audit;
import java.time.Instant;

/** A silence: alerts it matches are still recorded, only not sent, from {@code startsAt} until {@code endsAt}. */
public record Silence(Long id, SilenceRule rule, Instant startsAt, Instant endsAt, String reason, Audit created) {

    public boolean isActive(Instant now) {
        return !startsAt.isAfter(now) && endsAt.isAfter(now);
    }
}
