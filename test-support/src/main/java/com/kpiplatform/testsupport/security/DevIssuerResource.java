package com.kpiplatform.testsupport.security;

import com.kpiplatform.devissuer.DevIssuer;
import com.kpiplatform.devissuer.PlatformClients;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives the application under test a real OpenID Connect issuer over HTTP (the development
 * issuer): it verifies tokens against its JWKS, and takes its own service token from it with the
 * client secret {@code <service>-secret}.
 */
public class DevIssuerResource implements QuarkusTestResourceLifecycleManager {

    private DevIssuer issuer;

    @Override
    public Map<String, String> start() {
        issuer = DevIssuer.start(0, PlatformClients.AUDIENCE, PlatformClients.withSecrets(id -> id + "-secret"));
        // A system property, not configuration: after a restart, tests must reach the new issuer
        // whichever application's configuration their thread still sees.
        System.setProperty(DevTokens.ISSUER_PROPERTY, issuer.issuer());
        return Map.of(
                "quarkus.oidc.auth-server-url", issuer.issuer(),
                "quarkus.oidc-client.auth-server-url", issuer.issuer());
    }

    @Override
    public void stop() {
        if (issuer != null) {
            issuer.close();
        }
    }
}
