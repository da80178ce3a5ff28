package com.kpiplatform.alerting.domain.delivery;

/** An enabled subscription with its channel's type: where routing may send. */
public record Route(long subscriptionId, String name, long channelId, ChannelType channelType, SubscriptionRule rule,
        Wants wants) {

    public Addressee addressee() {
        return Addressee.channel(channelId, channelType);
    }
}
