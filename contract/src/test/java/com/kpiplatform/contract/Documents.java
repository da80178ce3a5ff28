package com.kpiplatform.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The committed OpenAPI documents, where the contract checks find them. */
final class Documents {

    static final Path OPENAPI = Path.of("..", "openapi").toAbsolutePath().normalize();
    static final List<String> SERVICES = List.of("kpi-definition-service", "measurement-service", "alerting-service");

    private Documents() {
    }

    static Path current(String service) {
        return OPENAPI.resolve(service + ".yaml");
    }

    static Path released(String service) {
        return OPENAPI.resolve("released").resolve(service + ".yaml");
    }

    static JsonNode read(Path document) {
        try {
            return new YAMLMapper().readTree(document.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + document, e);
        }
    }
}
