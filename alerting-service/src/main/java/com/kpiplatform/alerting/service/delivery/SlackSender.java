package com.kpiplatform.alerting.service.delivery;

import com.kpiplatform.alerting.domain.delivery.ChannelType;
import com.kpiplatform.alerting.domain.delivery.ClaimedDelivery;
import com.kpiplatform.alerting.domain.delivery.SendResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/** Posts a Block Kit message to a Slack incoming webhook. */
@ApplicationScoped
public class SlackSender implements Sender {

    @Inject
    HttpPoster http;

    @Inject
    SlackMessages messages;

    @Override
    public ChannelType type() {
        return ChannelType.SLACK;
    }

    @Override
    public SendResult send(ClaimedDelivery delivery) {
        return http.post(delivery.destination().url(), messages.json(delivery.notice()), Map.of());
    }
}
