package com.kpiplatform.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml as the structure tests read it, without a Docker engine. */
final class ComposeFile {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final List<String> SERVICES = List.of("kpi-definition-service", "measurement-service", "alerting-service");

    private ComposeFile() {
    }

    /** The compose file with its {@code <<: *anchor} merges resolved, as Compose resolves them. */
    static JsonNode read() {
        try {
            return new ObjectMapper().valueToTree(new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml"))));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read docker-compose.yml", e);
        }
    }
}
