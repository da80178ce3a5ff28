package com.kpiplatform.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.kpiplatform.support.http.InvalidParameterException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * The one place where exceptions become HTTP responses. Every error a client sees is problem
 * details; nothing internal (stack traces, SQL, class names) leaves the service.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.of(e, path(uri));
    }

    /** Declared for the subtype, so that it wins over the mapper of web exceptions. */
    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return problem(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        if (ConstraintViolationFields.isReturnValueViolation(e.getConstraintViolations())) {
            return unexpected(e, uri);
        }
        List<Problem.FieldViolation> errors = ConstraintViolationFields.of(e.getConstraintViolations());
        return ProblemResponses.of(ProblemType.VALIDATION, ProblemException.summary(errors), path(uri), errors, Map.of());
    }

    /** Declared for the subtype too, so that it wins over the framework's own mapper for it. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        // a syntax error met inside a nested value (such as a duplicate key) comes wrapped as a mapping error
        JsonProcessingException malformed = e.getCause() instanceof StreamReadException syntax ? syntax : e;
        if (malformed instanceof JsonMappingException invalidValue) {
            List<Problem.FieldViolation> errors = List.of(JsonProblems.violation(invalidValue));
            return ProblemResponses.of(ProblemType.VALIDATION, ProblemException.summary(errors), path(uri), errors, Map.of());
        }
        return ProblemResponses.of(ProblemType.MALFORMED_JSON, "The body is not valid JSON"
                + JsonProblems.location(malformed) + ": " + malformed.getOriginalMessage(), path(uri));
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return concurrentModification(uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, HttpHeaders headers,
            ResteasyReactiveContainerRequestContext request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        return HttpProblems.of(e, request.getMethod(), path(uri), headers);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (hasCause(e, OptimisticLockException.class)) {
            return concurrentModification(uri);
        }
        LOG.errorf(e, "Unexpected error on %s", path(uri));
        return ProblemResponses.of(ProblemType.INTERNAL_ERROR,
                "An unexpected error occurred. Quote the request id when you report it.", path(uri));
    }

    private static Response concurrentModification(UriInfo uri) {
        return ProblemResponses.of(ProblemType.CONCURRENT_MODIFICATION,
                "The resource was changed by another request at the same time; read it again and retry.",
                path(uri));
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String path(UriInfo uri) {
        return uri.getRequestUri().getRawPath();
    }
}
