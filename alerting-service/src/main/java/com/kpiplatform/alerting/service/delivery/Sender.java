package com.kpiplatform.alerting.service.delivery;

import com.kpiplatform.alerting.domain.ChannelType;
import com.kpiplatform.alerting.domain.SendResult;
import com.kpiplatform.alerting.repository.DeliveryStore.Claimed;

/** Sends one delivery to one kind of channel and says how it went; it never throws for a channel's fault. */
public interface Sender {

    ChannelType type();

    SendResult send(Claimed delivery);
}
