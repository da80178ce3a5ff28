package com.kpiplatform.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kpiplatform.support.requestid.RequestIds;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Problem details answered from the HTTP layer itself, before a request reaches a resource (limits,
 * malformed request lines): the same body and headers as every other error of the platform.
 */
@ApplicationScoped
public class VertxProblems {

    /**
     * The route template that HTTP metrics tag these answers with: they come before any route
     * matched, and the raw path of each refused request would otherwise become a tag of its own.
     */
    public static final String REFUSED_ROUTE = "/REFUSED";

    /** Where Quarkus's HTTP metrics look for the route template of the request's context. */
    private static final String ROUTE_TEMPLATE_KEY = "UrlPathTemplate";

    @Inject
    ObjectMapper objectMapper;

    /** Answers the problem; {@code closeConnection} when the rest of the request is not going to be read. */
    public void send(RoutingContext context, ProblemType type, String detail, List<Problem.FieldViolation> errors,
            boolean closeConnection) {
        Vertx.currentContext().putLocal(ROUTE_TEMPLATE_KEY, REFUSED_ROUTE);
        String requestId = RequestIds.acceptOrCreate(context.request().getHeader(RequestIds.HEADER));
        Problem problem = new Problem(type.uri(), type.title(), type.status(), detail, context.request().path(),
                requestId, errors);
        var response = context.response()
                .setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(RequestIds.HEADER, requestId);
        if (closeConnection) {
            response.putHeader(HttpHeaders.CONNECTION, "close")
                    .endHandler(ended -> context.request().connection().close());
        }
        response.end(serialise(problem));
    }

    private String serialise(Problem problem) {
        try {
            return objectMapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem body must always serialise", e);
        }
    }
}
