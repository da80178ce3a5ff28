package com.kpiplatform.support.problem;

import com.kpiplatform.support.security.RefusedCredentials;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Missing or refused credentials (401, with the {@code WWW-Authenticate} challenge of RFC 6750)
 * and a role the caller lacks (403, naming the roles the operation needs), as problem details.
 */
public class SecurityProblems {

    private static final String CHALLENGE = "Bearer realm=\"kpi-platform\"";

    @ServerExceptionMapper
    public Response missingCredentials(UnauthorizedException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.UNAUTHORIZED, "This operation needs credentials: "
                + "a bearer token from the platform's identity provider, or an API key where the operation accepts one.",
                path(uri), List.of(), Map.of(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE));
    }

    @ServerExceptionMapper
    public Response refusedCredentials(AuthenticationFailedException e, UriInfo uri) {
        String reason = RefusedCredentials.reason(e).orElse("The credentials were refused: the token is expired, "
                + "malformed, not signed by a key of the trusted issuer, or meant for another audience.");
        return ProblemResponses.of(ProblemType.UNAUTHORIZED, reason, path(uri), List.of(),
                Map.of(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE + ", error=\"invalid_token\""));
    }

    @ServerExceptionMapper
    public Response missingRole(ForbiddenException e, UriInfo uri, ResourceInfo resource) {
        RolesAllowed allowed = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        String needed = allowed == null ? "a role it grants to nobody" : allowed.value().length == 1
                ? "the role " + allowed.value()[0] : "one of the roles " + String.join(", ", allowed.value());
        return ProblemResponses.of(ProblemType.FORBIDDEN, "This operation needs " + needed
                + " (admin includes editor, editor includes viewer); the credential does not carry it.", path(uri));
    }

    private static String path(UriInfo uri) {
        return uri.getRequestUri().getRawPath();
    }
}
