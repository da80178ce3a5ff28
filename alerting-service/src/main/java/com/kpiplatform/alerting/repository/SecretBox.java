package com.kpiplatform.alerting.repository;

import com.kpiplatform.alerting.config.AlertingConfig;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts channels' secrets for the database with AES-GCM (a random 96-bit nonce per value, the
 * key id as associated data), as {@code enc:v1:<key id>:<base64 nonce + ciphertext + tag>}, so
 * that each value names the key that opens it and keys can be rotated. The first configured key
 * encrypts; the others only decrypt. Values stored before encryption existed read as they are
 * until {@link com.kpiplatform.alerting.service.ChannelSecretsResealer} encrypts them. Without any
 * key (ALERTING_SECRET_KEYS unset) values are stored as they are, and the service warns at start.
 */
@Singleton
public class SecretBox {

    private static final String MARK = "enc:v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKey> keys = new LinkedHashMap<>();

    @Inject
    public SecretBox(AlertingConfig config) {
        this(config.secrets().keys().orElse(List.of()));
    }

    /** Keys as {@code <id>:<base64 key>}, the encrypting one first. */
    public SecretBox(List<String> keys) {
        for (String entry : keys) {
            int colon = entry.indexOf(':');
            String id = colon < 0 ? "" : entry.substring(0, colon).strip();
            byte[] key = colon < 0 ? new byte[0] : decode(entry.substring(colon + 1).strip());
            if (id.isEmpty() || !id.matches("[A-Za-z0-9_.-]+") || !List.of(16, 24, 32).contains(key.length)) {
                throw new IllegalArgumentException("alerting.secrets.keys (ALERTING_SECRET_KEYS): every entry must be "
                        + "<key id>:<base64 of a 16, 24 or 32 byte key>, with a key id of letters, digits, '.', '_' or "
                        + "'-'; entry " + (this.keys.size() + 1) + " is not");
            }
            this.keys.put(id, new SecretKeySpec(key, "AES"));
        }
    }

    public boolean hasKey() {
        return !keys.isEmpty();
    }

    /** The id of the key that encrypts; null without keys. */
    public String currentKeyId() {
        return keys.keySet().stream().findFirst().orElse(null);
    }

    /** The value encrypted under the current key; null stays null, and without keys the value stays as it is. */
    public String seal(String plaintext) {
        String keyId = currentKeyId();
        if (plaintext == null || keyId == null) {
            return plaintext;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, keyId, nonce, plaintext.getBytes(StandardCharsets.UTF_8));
        return MARK + keyId + ":" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                .put(nonce).put(sealed).array());
    }

    /** The plaintext of a stored value; null stays null, and a value stored before encryption reads as it is. */
    public String open(String stored) {
        if (stored == null || !stored.startsWith(MARK)) {
            return stored;
        }
        int colon = stored.indexOf(':', MARK.length());
        String keyId = stored.substring(MARK.length(), colon);
        byte[] sealed = Base64.getDecoder().decode(stored.substring(colon + 1));
        byte[] nonce = Arrays.copyOf(sealed, NONCE_BYTES);
        byte[] ciphertext = Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length);
        return new String(crypt(Cipher.DECRYPT_MODE, keyId, nonce, ciphertext), StandardCharsets.UTF_8);
    }

    /** Whether the stored value is as {@link #seal} would store it now (null always is): nothing to re-encrypt. */
    public boolean isCurrent(String stored) {
        return stored == null || (hasKey() ? stored.startsWith(MARK + currentKeyId() + ":") : !stored.startsWith(MARK));
    }

    private byte[] crypt(int mode, String keyId, byte[] nonce, byte[] input) {
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("A channel secret is encrypted under key '" + keyId
                    + "', which ALERTING_SECRET_KEYS does not list; add it back (after the new key) until every "
                    + "secret is re-encrypted.");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A channel secret under key '" + keyId + "' could not be "
                    + (mode == Cipher.ENCRYPT_MODE ? "encrypted" : "decrypted: the key is not the one it was encrypted with"), e);
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}
