package com.kpiplatform.alerting.service.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kpiplatform.alerting.domain.delivery.ChannelType;
import com.kpiplatform.alerting.domain.delivery.ClaimedDelivery;
import com.kpiplatform.alerting.domain.delivery.SendResult;
import com.kpiplatform.alerting.repository.NoticeDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts the notification as JSON to a webhook. The body carries the delivery's idempotency id (also
 * in {@code Idempotency-Key}), so a receiver can drop the duplicate a retry may cause, and
 * {@code X-Signature: sha256=<hex>} is the HMAC-SHA256 of the exact body under the channel's secret.
 */
@ApplicationScoped
public class WebhookSender implements Sender {

    /** The webhook's body. */
    public record Payload(String id, long deliveryId, NoticeDocument notice) {
    }

    @Inject
    HttpPoster http;

    @Inject
    ObjectMapper json;

    @Override
    public ChannelType type() {
        return ChannelType.WEBHOOK;
    }

    @Override
    public SendResult send(ClaimedDelivery delivery) {
        String body = body(new Payload(delivery.key(), delivery.id(), NoticeDocument.of(delivery.notice())));
        return http.post(delivery.destination().url(), body, Map.of("Idempotency-Key", delivery.key(),
                "X-Signature", signature(delivery.destination().secret(), body)));
    }

    /** {@code sha256=} and the hex HMAC-SHA256 of {@code body} under {@code secret}. */
    public static String signature(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private String body(Payload payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
