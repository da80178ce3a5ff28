package com.kpiplatform.alerting.domain.delivery;

import com.kpiplatform.alerting.domain.Audit;

/** Routes the alerts its rule matches to one channel; {@code id} null until it is stored. */
public record Subscription(Long id, String name, long channelId, SubscriptionRule rule, Wants wants, boolean enabled,
        Audit created, long version) {
}
