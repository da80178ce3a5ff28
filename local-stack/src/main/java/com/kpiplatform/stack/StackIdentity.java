package com.kpiplatform.stack;

import com.kpiplatform.devissuer.DevIssuer;
import com.kpiplatform.devissuer.PlatformClients;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stack's identity provider: the development issuer, with a fresh client secret for each
 * service on every start. The services run with the {@code local} profile on top of {@code prod},
 * the only way they trust its tokens.
 */
public final class StackIdentity implements AutoCloseable {

    /** Where {@code ./run-stack} runs the issuer, so that {@code ./run-stack token} finds it. */
    public static final int DEFAULT_PORT = 8090;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DevIssuer issuer;
    private final Map<String, String> secrets;

    private StackIdentity(DevIssuer issuer, Map<String, String> secrets) {
        this.issuer = issuer;
        this.secrets = secrets;
    }

    public static StackIdentity start(int port) {
        Map<String, String> secrets = new LinkedHashMap<>();
        DevIssuer issuer = DevIssuer.start(port, PlatformClients.AUDIENCE, PlatformClients.withSecrets(client -> {
            byte[] secret = new byte[24];
            RANDOM.nextBytes(secret);
            secrets.put(client, HexFormat.of().formatHex(secret));
            return secrets.get(client);
        }));
        return new StackIdentity(issuer, secrets);
    }

    public DevIssuer issuer() {
        return issuer;
    }

    /** What a service needs to trust the issuer's tokens and to get its own. */
    public Map<String, String> environment(ServiceDefinition service) {
        return Map.of(
                "QUARKUS_PROFILE", "prod,local",
                "OIDC_ISSUER", issuer.issuer(),
                "OIDC_CLIENT_SECRET", secrets.get(service.name()));
    }

    @Override
    public void close() {
        issuer.close();
    }
}
