package com.kpiplatform.devissuer;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * The issuer's RSA keys: the newest signs, all are published, so that tokens signed before a
 * rotation stay valid until they expire.
 */
final class SigningKeys {

    private final List<RsaJsonWebKey> keys = new ArrayList<>();

    SigningKeys() {
        rotate();
    }

    /** A new signing key; the JWKS lists it at once, next to the old ones. */
    synchronized String rotate() {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId("dev-" + UUID.randomUUID().toString().substring(0, 8));
            key.setUse("sig");
            key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            keys.add(key);
            return key.getKeyId();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
    }

    synchronized String sign(JwtClaims claims) {
        RsaJsonWebKey key = keys.get(keys.size() - 1);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
    }

    /** The public keys as a JWKS document. */
    synchronized String jwks() {
        return new JsonWebKeySet(new ArrayList<JsonWebKey>(keys)).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }
}
