package com.kpiplatform.measurement.security;

import com.kpiplatform.measurement.domain.ApiKey;
import com.kpiplatform.measurement.service.ApiKeyService;
import com.kpiplatform.support.security.Caller;
import com.kpiplatform.support.security.RefusedCredentials;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * A verified API key becomes a caller whose roles are the key's scopes and whose actor is
 * {@code api-key:<id>}; the key itself rides along for its KPI prefixes and rate limit. Unknown,
 * revoked and expired keys are 401 with the reason.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    @Inject
    ApiKeyService keys;

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        return keys.verify(request.secret()).map(ApiKeyIdentityProvider::identity)
                .onFailure(ApiKeyService.RefusedKeyException.class)
                .transform(refused -> RefusedCredentials.because(refused.getMessage()));
    }

    private static SecurityIdentity identity(ApiKey key) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(key.actor().subject()))
                .addRoles(key.scopes())
                .addAttribute(Caller.ATTRIBUTE, new Caller(key.actor(), key.scopes(), Set.of()))
                .addAttribute(ApiKey.IDENTITY_ATTRIBUTE, key)
                .build();
    }
}
