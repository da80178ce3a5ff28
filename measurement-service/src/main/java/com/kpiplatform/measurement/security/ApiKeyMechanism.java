package com.kpiplatform.measurement.security;

import com.kpiplatform.support.security.ApiKeys;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Finds an API key in {@code X-API-Key} or in {@code Authorization: Bearer kpk_...}. It runs before
 * the OIDC mechanism, which would refuse a key as a malformed token; requests without a key go on
 * to OIDC untouched.
 */
@ApplicationScoped
public class ApiKeyMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String secret = secret(context);
        return secret == null ? Uni.createFrom().nullItem()
                : identities.authenticate(new ApiKeyAuthenticationRequest(secret));
    }

    private static String secret(RoutingContext context) {
        String header = context.request().getHeader(ApiKeys.HEADER);
        if (header != null) {
            return header.trim();
        }
        String authorization = context.request().getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String credential = authorization.substring(BEARER.length()).trim();
            return credential.startsWith(ApiKeys.PREFIX) ? credential : null;
        }
        return null;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"kpi-platform\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyAuthenticationRequest.class);
    }

    /** Before OIDC's bearer mechanism. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1000;
    }
}
