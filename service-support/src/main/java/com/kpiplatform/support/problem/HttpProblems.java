package com.kpiplatform.support.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Problem details for the HTTP-level errors the framework raises (no route, wrong method, wrong
 * media type), with a detail that tells the client what to do instead.
 */
final class HttpProblems {

    private static final Logger LOG = Logger.getLogger(HttpProblems.class);

    private HttpProblems() {
    }

    static Response of(WebApplicationException e, String method, String path, HttpHeaders headers) {
        Response original = e.getResponse();
        int status = original.getStatus();
        return switch (status) {
            case 404 -> ProblemResponses.of(ProblemType.NOT_FOUND,
                    "No resource matches " + method + " " + path + ".", path);
            case 405 -> ProblemResponses.of(ProblemType.METHOD_NOT_ALLOWED, method + " is not allowed on " + path
                    + "; an OPTIONS request answers the allowed methods in its Allow header.", path);
            case 406 -> ProblemResponses.of(ProblemType.NOT_ACCEPTABLE,
                    "None of the accepted media types (" + headers.getHeaderString(HttpHeaders.ACCEPT)
                            + ") can be produced; ask for application/json.", path);
            case 413 -> ProblemResponses.of(ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body is larger than this endpoint accepts.", path);
            case 415 -> ProblemResponses.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type '" + headers.getHeaderString(HttpHeaders.CONTENT_TYPE)
                            + "' is not accepted here; see the API documentation for this operation.", path);
            default -> generic(e, path);
        };
    }

    private static Response generic(WebApplicationException e, String path) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getFamily() == Response.Status.Family.SERVER_ERROR) {
            LOG.errorf(e, "HTTP %d on %s", status.getStatusCode(), path);
            return ProblemResponses.of(ProblemType.INTERNAL_ERROR,
                    "An unexpected error occurred. Quote the request id when you report it.", path);
        }
        return ProblemResponses.of("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                status.getReasonPhrase(), path, List.of(), Map.of(), Map.of());
    }
}
