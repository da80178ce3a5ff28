package com.kpiplatform.support.problem;

import com.kpiplatform.support.problem.Problem.FieldViolation;
import com.kpiplatform.support.requestid.RequestIds;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Builds {@code application/problem+json} responses. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static Response of(ProblemType type, String detail, String instance) {
        return of(type, detail, instance, List.of(), Map.of());
    }

    static Response of(ProblemType type, String detail, String instance, List<FieldViolation> errors,
            Map<String, String> headers) {
        return of(type.uri(), type.title(), type.status(), detail, instance, errors, headers, Map.of());
    }

    static Response of(ProblemException e, String instance) {
        ProblemType type = e.type();
        return of(type.uri(), type.title(), type.status(), e.getMessage(), instance, e.errors(), e.headers(), e.extensions());
    }

    static Response of(String type, String title, int status, String detail, String instance,
            List<FieldViolation> errors, Map<String, String> headers, Map<String, Object> extensions) {
        Problem problem = new Problem(type, title, status, detail, instance,
                RequestIds.current().orElse(null), errors, extensions);
        Response.ResponseBuilder response = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(problem);
        headers.forEach(response::header);
        return response.build();
    }
}
