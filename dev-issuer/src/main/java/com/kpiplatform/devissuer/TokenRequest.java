package com.kpiplatform.devissuer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a minted token says: who (subject and display name), which roles and teams, and for how
 * long. The audience and issuer can be overridden, so that tests can make tokens a service must
 * refuse, and further claims added (a Keycloak-style {@code realm_access}, say).
 */
public record TokenRequest(String subject, String name, List<String> roles, List<String> teams, String audience,
        String issuer, long expiresInSeconds, Map<String, Object> claims) {

    public TokenRequest {
        claims = Map.copyOf(claims);
    }


    public static final long DEFAULT_LIFETIME_SECONDS = 3600;

    /** A person with these roles and teams; the name doubles as the subject. */
    public static TokenRequest person(String name, List<String> roles, List<String> teams) {
        return new TokenRequest(name, name, roles, teams, null, null, DEFAULT_LIFETIME_SECONDS, Map.of());
    }

    /** From the JSON body of {@code POST /dev/tokens}; anything missing gets a default. */
    static TokenRequest fromJson(Map<String, Object> json) {
        String subject = text(json, "subject", UUID.randomUUID().toString());
        Object lifetime = json.get("expiresInSeconds");
        return new TokenRequest(subject, text(json, "name", subject), texts(json, "roles"), texts(json, "teams"),
                text(json, "audience", null), text(json, "issuer", null),
                lifetime instanceof Number number ? number.longValue() : DEFAULT_LIFETIME_SECONDS,
                json.get("claims") instanceof Map<?, ?> claims ? stringKeys(claims) : Map.of());
    }

    private static Map<String, Object> stringKeys(Map<?, ?> claims) {
        Map<String, Object> named = new LinkedHashMap<>();
        claims.forEach((name, value) -> named.put(String.valueOf(name), value));
        return named;
    }

    private static String text(Map<String, Object> json, String field, String otherwise) {
        return json.get(field) instanceof String value ? value : otherwise;
    }

    private static List<String> texts(Map<String, Object> json, String field) {
        return json.get(field) instanceof List<?> values ? values.stream().map(String::valueOf).toList() : List.of();
    }
}
