package com.kpiplatform.support.security;

import com.kpiplatform.support.actor.Actor;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Turns a verified token into the platform's caller: roles from the configured claims (with the
 * roles they include), teams, and the actor (subject and display name). Development tokens are
 * refused unless the profile allows them.
 */
@ApplicationScoped
public class PlatformIdentity implements SecurityIdentityAugmentor {

    /** The claim the development issuer puts in every token it signs. */
    static final String DEV_TOKEN_CLAIM = "kpi_platform_dev_token";

    @Inject
    SecurityConfig config;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        if (token.containsClaim(DEV_TOKEN_CLAIM) && !config.devTokensAllowed()) {
            return Uni.createFrom().failure(RefusedCredentials.because(
                    "The token comes from the development issuer, which this deployment does not trust."));
        }
        Set<String> granted = new LinkedHashSet<>();
        config.rolesClaim().forEach(path -> granted.addAll(ClaimValues.of(token, path)));
        Set<String> roles = Roles.withIncluded(granted);
        Caller caller = new Caller(new Actor(token.getSubject(), displayName(token)), roles,
                ClaimValues.of(token, config.teamsClaim()));
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(token)
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addAttribute(Caller.ATTRIBUTE, caller)
                .addRoles(roles)
                .build());
    }

    private static String displayName(JsonWebToken token) {
        for (String claim : new String[] {"preferred_username", "name"}) {
            String name = ClaimValues.of(token, claim).stream().findFirst().orElse("");
            if (!name.isBlank()) {
                return name;
            }
        }
        return token.getSubject();
    }
}
