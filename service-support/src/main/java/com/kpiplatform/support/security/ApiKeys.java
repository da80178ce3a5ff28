package com.kpiplatform.support.security;

import java.util.Set;

/** How integrations present API keys, and the scopes a key can carry. */
public final class ApiKeys {

    /** The header that carries a key; {@code Authorization: Bearer <key>} works as well. */
    public static final String HEADER = "X-API-Key";
    /** Every key starts with this, which tells it from a JWT. */
    public static final String PREFIX = "kpk_";
    public static final Set<String> SCOPES = Set.of(Roles.MEASUREMENTS_READ, Roles.MEASUREMENTS_WRITE);

    private ApiKeys() {
    }

    public static boolean isScope(String role) {
        return SCOPES.contains(role);
    }
}
