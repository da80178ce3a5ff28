package com.kpiplatform.alerting.service.delivery;

import com.kpiplatform.alerting.domain.delivery.ChannelType;
import com.kpiplatform.alerting.domain.delivery.ClaimedDelivery;
import com.kpiplatform.alerting.domain.delivery.SendResult;

/** Sends one delivery to one kind of channel and says how it went; it never throws for a channel's fault. */
public interface Sender {

    ChannelType type();

    SendResult send(ClaimedDelivery delivery);
}
