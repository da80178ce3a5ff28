package com.kpiplatform.stack.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the demo's ingest key secret is kept between loads. The measurement-service shows a key's
 * secret once, when it creates the key, so a second load can only reuse the key if the first kept
 * its secret: in this JVM's memory (per measurement-service address and key id), and with a file
 * in the stack's data directory also across runs of {@code ./run-stack demo}.
 */
final class IngestKeySecrets {

    private static final Map<String, String> MEMORY = new ConcurrentHashMap<>();

    private final String service;
    private final Path file;

    /**
     * @param service the measurement-service's base address, which the secret belongs to
     * @param file where to keep it on disk, or null for memory only
     */
    IngestKeySecrets(String service, Path file) {
        this.service = service;
        this.file = file;
    }

    Optional<String> find(long keyId) {
        String remembered = MEMORY.get(service + "|" + keyId);
        if (remembered != null) {
            return Optional.of(remembered);
        }
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String[] kept = Files.readString(file).trim().split(" ", 2);
            return kept.length == 2 && kept[0].equals(Long.toString(keyId)) ? Optional.of(kept[1]) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    void keep(long keyId, String secret) {
        MEMORY.put(service + "|" + keyId, secret);
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, keyId + " " + secret + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the demo's ingest key in " + file, e);
        }
    }
}
