package com.kpiplatform.alerting.domain.delivery;

import com.kpiplatform.alerting.domain.Audit;
import java.time.Instant;
import java.util.List;

/**
 * A place notifications go; {@code id} null until it is stored.
 *
 * @param pausedUntil nothing is sent to it before this instant (rate limit, Retry-After, a retry's backoff)
 */
public record Channel(Long id, String name, ChannelType type, Address address, Instant pausedUntil, Audit created,
        long version) {

    /** SLACK: the webhook URL (a secret). WEBHOOK: the URL and the signing secret. EMAIL: the recipients. */
    public record Address(String url, String secret, List<String> recipients) {

        public Address {
            recipients = recipients == null ? List.of() : List.copyOf(recipients);
        }
    }
}
