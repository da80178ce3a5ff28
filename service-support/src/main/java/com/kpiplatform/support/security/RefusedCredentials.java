package com.kpiplatform.support.security;

import io.quarkus.security.AuthenticationFailedException;
import java.util.Map;
import java.util.Optional;

/**
 * Credentials the platform itself refuses (a revoked API key, a development token), with a reason
 * written for the client; other refusals get a generic reason, since verification errors may
 * hold internals.
 */
public final class RefusedCredentials {

    private static final String REASON = "kpi-platform.refusal-reason";

    private RefusedCredentials() {
    }

    public static AuthenticationFailedException because(String reason) {
        return new AuthenticationFailedException(reason, Map.of(REASON, reason));
    }

    /** The reason given by {@link #because}, if the platform gave one. */
    public static Optional<String> reason(AuthenticationFailedException e) {
        return Optional.ofNullable(e.getAttribute(REASON));
    }
}
