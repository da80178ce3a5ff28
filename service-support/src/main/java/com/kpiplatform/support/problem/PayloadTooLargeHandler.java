package com.kpiplatform.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kpiplatform.support.config.PlatformHttpConfig;
import com.kpiplatform.support.requestid.RequestIds;
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
    ObjectMapper objectMapper;

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
        String requestId = RequestIds.acceptOrCreate(context.request().getHeader(RequestIds.HEADER));
        String path = context.request().path();
        Problem problem = new Problem(ProblemType.PAYLOAD_TOO_LARGE.uri(), ProblemType.PAYLOAD_TOO_LARGE.title(),
                413, "The request body has " + announced + " bytes; this service accepts at most " + limit
                        + " bytes per request.", path, requestId, List.of());
        context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .putHeader(RequestIds.HEADER, requestId)
                .endHandler(ended -> context.request().connection().close())
                .end(serialise(problem));
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

    private String serialise(Problem problem) {
        try {
            return objectMapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem body must always serialise", e);
        }
    }
}
