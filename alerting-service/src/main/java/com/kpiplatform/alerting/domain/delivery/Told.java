package com.kpiplatform.alerting.domain.delivery;

import java.util.Set;

/** Who was told that an alert fires: subscriptions and KPI owners' addresses. */
public record Told(Set<Long> subscriptions, Set<String> owners) {

    public static final Told NOBODY = new Told(Set.of(), Set.of());
}
