package com.kpiplatform.alerting.rest.mapping;

import com.kpiplatform.alerting.domain.alert.Severity;
import com.kpiplatform.alerting.domain.delivery.Channel;
import com.kpiplatform.alerting.domain.delivery.ChannelType;
import com.kpiplatform.alerting.domain.delivery.Delivery;
import com.kpiplatform.alerting.domain.delivery.Subscription;
import com.kpiplatform.alerting.domain.delivery.SubscriptionRule;
import com.kpiplatform.alerting.domain.delivery.Wants;
import com.kpiplatform.alerting.rest.dto.ChannelRequest;
import com.kpiplatform.alerting.rest.dto.ChannelResponse;
import com.kpiplatform.alerting.rest.dto.DeliveryResponse;
import com.kpiplatform.alerting.rest.dto.OwnerNotifications;
import com.kpiplatform.alerting.rest.dto.SubscriptionRequest;
import com.kpiplatform.alerting.rest.dto.SubscriptionResponse;
import java.net.URI;
import java.time.Instant;
import org.mapstruct.InheritConfiguration;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Channels, subscriptions, deliveries and owner notifications to and from their API records. */
@Mapper
public interface DeliveryMapper {

    /** A Slack webhook URL is its secret: only the host and its last characters show. */
    int SHOWN_SECRET_CHARACTERS = 4;

    default Channel toChannel(ChannelRequest request) {
        return new Channel(null, request.name(), request.type(), new Channel.Address(request.url(), request.secret(),
                request.recipients()), null, null, 0);
    }

    /** A channel without its secrets; {@code pausedUntil} only while it is in the future. */
    default ChannelResponse toResponse(Channel channel, Instant now) {
        Instant paused = channel.pausedUntil() != null && channel.pausedUntil().isAfter(now) ? channel.pausedUntil() : null;
        return new ChannelResponse(channel.id(), channel.name(), channel.type(), shownUrl(channel),
                channel.address().secret() != null, channel.address().recipients(), paused, channel.created().by(),
                channel.created().at(), channel.version());
    }

    /** The request with the defaults the API documents: WARNING, resolutions sent, enabled. */
    default Subscription toSubscription(SubscriptionRequest request) {
        SubscriptionRule rule = new SubscriptionRule(request.kpiKeys(), request.tags(), request.category(),
                request.level(), request.ownerTeam(), request.minSeverity() == null ? Severity.WARNING : request.minSeverity());
        Wants wants = new Wants(!Boolean.FALSE.equals(request.sendResolved()), request.repeatInterval(),
                Boolean.TRUE.equals(request.missedTargets()), Boolean.TRUE.equals(request.weeklyDigest()));
        return new Subscription(null, request.name(), request.channelId(), rule, wants,
                !Boolean.FALSE.equals(request.enabled()), null, 0);
    }

    @Mapping(target = ".", source = "rule")
    @Mapping(target = ".", source = "wants")
    @Mapping(target = "createdBy", source = "created.by")
    @Mapping(target = "createdAt", source = "created.at")
    SubscriptionResponse toResponse(Subscription subscription);

    @Mapping(target = ".", source = "content")
    @Mapping(target = ".", source = "to")
    @Mapping(target = ".", source = "origin")
    @Mapping(target = ".", source = "progress")
    DeliveryResponse toResponse(Delivery delivery);

    /** A delivery in a list: without its attempts. */
    @InheritConfiguration(name = "toResponse")
    @Mapping(target = "history", ignore = true)
    DeliveryResponse toListItem(Delivery delivery);

    DeliveryResponse.Attempt toAttempt(Delivery.Attempt attempt);

    @Mapping(target = "changedBy", source = "changed.by")
    @Mapping(target = "changedAt", source = "changed.at")
    OwnerNotifications toResponse(com.kpiplatform.alerting.domain.delivery.OwnerNotifications notifications);

    private static String shownUrl(Channel channel) {
        String url = channel.address().url();
        if (channel.type() != ChannelType.SLACK || url == null) {
            return url;
        }
        URI uri = URI.create(url);
        String tail = url.length() > SHOWN_SECRET_CHARACTERS ? url.substring(url.length() - SHOWN_SECRET_CHARACTERS) : "";
        return uri.getScheme() + "://" + uri.getRawAuthority() + "/…" + tail;
    }
}
