package com.kpiplatform.alerting.domain.delivery;

import java.util.List;

/** A delivery the outbox holds until its attempt is recorded, with where it goes. */
public record ClaimedDelivery(long id, String key, int attempts, Notice notice, Destination destination) {

    /** The channel's address and secrets, or a KPI owner's address ({@code channelId} null). */
    public record Destination(Long channelId, ChannelType type, String url, String secret, List<String> recipients) {
    }
}
