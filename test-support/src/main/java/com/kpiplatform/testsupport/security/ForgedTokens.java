package com.kpiplatform.testsupport.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

/**
 * Tokens an attacker would try, built from a genuine one: the same claims unsigned
 * ({@code alg: none}), signed with HS256 using the issuer's public key as the secret (the
 * algorithm-confusion attack), or with a signature that no longer matches.
 */
public final class ForgedTokens {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder URL_DECODER = Base64.getUrlDecoder();

    private ForgedTokens() {
    }

    public static String unsigned(String genuine) {
        return URL.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + payload(genuine) + ".";
    }

    public static String hmacWithPublicKey(String genuine) {
        String kid = new String(URL_DECODER.decode(genuine.split("\\.")[0]), StandardCharsets.UTF_8)
                .replaceAll(".*\"kid\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        String signingInput = URL.encodeToString(("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}")
                .getBytes(StandardCharsets.UTF_8)) + "." + payload(genuine);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(publicKey(kid), "HmacSHA256"));
            return signingInput + "." + URL.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The genuine token with one bit of its signature flipped. */
    public static String tamperedSignature(String genuine) {
        int dot = genuine.lastIndexOf('.');
        byte[] signature = URL_DECODER.decode(genuine.substring(dot + 1));
        signature[signature.length / 2] ^= 1;
        return genuine.substring(0, dot + 1) + URL.encodeToString(signature);
    }

    private static String payload(String token) {
        return token.split("\\.")[1];
    }

    private static byte[] publicKey(String kid) {
        try (var in = URI.create(DevTokens.issuer() + "/jwks").toURL().openStream()) {
            JsonWebKeySet keys = new JsonWebKeySet(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return ((PublicJsonWebKey) keys.findJsonWebKey(kid, null, null, null)).getPublicKey().getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JoseException e) {
            throw new IllegalStateException("The issuer's JWKS cannot be read", e);
        }
    }
}
