package com.kpiplatform.measurement.domain;

import com.kpiplatform.support.security.ApiKeys;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API key secrets: 256 random bits after the {@code kpk_} prefix. Only their SHA-256 hash is
 * kept; a secret that random needs no salt or slow hash, and a fast one keeps ingest fast.
 */
public final class ApiKeySecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int HINT_LENGTH = ApiKeys.PREFIX.length() + 6;

    private ApiKeySecrets() {
    }

    public static String generate() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return ApiKeys.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    public static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** The hash as text, to key a cache. */
    public static String hashHex(String secret) {
        return HexFormat.of().formatHex(hash(secret));
    }

    /** The first characters, enough to tell keys apart in a list, far too few to guess the rest. */
    public static String hint(String secret) {
        return secret.substring(0, HINT_LENGTH);
    }
}
