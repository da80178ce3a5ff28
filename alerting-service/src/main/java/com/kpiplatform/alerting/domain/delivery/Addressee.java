package com.kpiplatform.alerting.domain.delivery;

/** Where a notification goes: a channel, or a KPI owner's address by email ({@code channelId} null). */
public record Addressee(Long channelId, ChannelType channelType, String recipient) {

    public static Addressee channel(long channelId, ChannelType type) {
        return new Addressee(channelId, type, null);
    }

    public static Addressee owner(String email) {
        return new Addressee(null, ChannelType.EMAIL, email);
    }
}
