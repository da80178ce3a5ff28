package com.kpiplatform.alerting.service.delivery;

import com.kpiplatform.alerting.config.AlertingConfig;
import com.kpiplatform.alerting.domain.delivery.HttpReplies;
import com.kpiplatform.alerting.domain.delivery.SendResult;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.Map;

/**
 * POSTs JSON to Slack and webhooks, and reads the answer as a {@link SendResult}. Each POST is a
 * client span of the outbox poll's trace, and carries its {@code traceparent}.
 */
@ApplicationScoped
public class HttpPoster {

    @Inject
    AlertingConfig config;

    @Inject
    Clock clock;

    @Inject
    OpenTelemetry telemetry;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @WithSpan(value = "POST alert delivery", kind = SpanKind.CLIENT)
    public SendResult post(String url, String json, Map<String, String> headers) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(config.delivery().timeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(json));
        } catch (IllegalArgumentException e) {
            return SendResult.failed(null, "invalid URL: " + e.getMessage());
        }
        headers.forEach(request::header);
        telemetry.getPropagators().getTextMapPropagator().inject(Context.current(), request, HttpRequest.Builder::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return HttpReplies.classify(response.statusCode(), response.body(),
                    response.headers().firstValue("Retry-After").orElse(null), clock.instant(),
                    config.delivery().defaultRetryAfter());
        } catch (HttpTimeoutException e) {
            return SendResult.retry(null, "no answer within " + config.delivery().timeout().toMillis() + " ms");
        } catch (IOException e) {
            return SendResult.retry(null, "connection failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendResult.retry(null, "interrupted while sending");
        }
    }
}
