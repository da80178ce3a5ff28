package com.kpiplatform.support.problem;

import com.kpiplatform.support.config.PlatformHttpConfig;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Answers a body announced larger than {@code kpi-platform.http.max-body-size} with problem details,
 * except for the streaming media types. It runs just before the framework's own check (which
 * would answer 413 with an empty body) and, like it, closes the connection instead of reading
 * the body.
 */
@ApplicationScoped
public class PayloadTooLargeHandler {

    @Inject
    PlatformHttpConfig config;

    @Inject
    VertxProblems problems;

    void register(@Observes Router router) {
        long limit = config.maxBodySize().asLongValue();
        List<String> streaming = config.streamingMediaTypes().orElse(List.of());
        router.route()
                .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(context -> rejectIfTooLarge(context, limit, streaming));
    }

    private void rejectIfTooLarge(RoutingContext context, long limit, List<String> streaming) {
        String announced = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (announced == null || parse(announced) <= limit || isStreaming(context, streaming)) {
            context.next();
            return;
        }
        problems.send(context, ProblemType.PAYLOAD_TOO_LARGE, "The request body has " + announced
                + " bytes; this service accepts at most " + limit + " bytes per request.", List.of(), true);
    }

    private static boolean isStreaming(RoutingContext context, List<String> streaming) {
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return contentType != null && streaming.stream().anyMatch(type -> contentType.toLowerCase().startsWith(type));
    }

    private static long parse(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
