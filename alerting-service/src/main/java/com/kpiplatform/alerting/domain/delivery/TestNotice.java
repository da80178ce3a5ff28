package com.kpiplatform.alerting.domain.delivery;

import java.time.Instant;

/** A message that checks a channel works. */
public record TestNotice(String headline, String channelName, String detail, String link, Instant at)
        implements Notice {

    @Override
    public NoticeKind kind() {
        return NoticeKind.TEST;
    }
}
