package com.kpiplatform.alerting.domain.delivery;

/** Where a channel delivers: a Slack incoming webhook, SMTP recipients, or a signed HTTP webhook. */
public enum ChannelType {
    SLACK, EMAIL, WEBHOOK
}
