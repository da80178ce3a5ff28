package com.kpiplatform.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml's structure, checked without a Docker engine (none runs here): every
 * container has a health check and starts only when what it needs is healthy, each service answers
 * on the port it publishes and is checked on its own readiness, alert emails go to Mailpit, and
 * every environment variable given to a service is one that service reads.
 */
class ComposeStructureTest {

    private static final JsonNode COMPOSE = ComposeFile.read();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

    @Test
    void everyContainerHasAHealthCheckAndWaitsForWhatItNeedsToBeHealthy() {
        COMPOSE.path("services").fields().forEachRemaining(service -> {
            assertThat(service.getValue().path("healthcheck").path("test").isArray()).as(service.getKey()).isTrue();
            service.getValue().path("depends_on").fields().forEachRemaining(dependency -> {
                assertThat(dependency.getValue().path("condition").asText()).as(service.getKey() + " -> " + dependency.getKey())
                        .isEqualTo("service_healthy");
                assertThat(COMPOSE.path("services").has(dependency.getKey())).as(dependency.getKey()).isTrue();
            });
        });
        assertThat(names(COMPOSE.path("services").path("measurement-service").path("depends_on")))
                .contains("postgres", "keycloak", "kpi-definition-service");
        assertThat(names(COMPOSE.path("services").path("alerting-service").path("depends_on")))
                .contains("postgres", "keycloak", "kpi-definition-service", "measurement-service", "mailpit");
    }

    @Test
    void eachServicePublishesItsOwnPortAndIsCheckedOnItsReadiness() {
        Set<String> hostPorts = new HashSet<>();
        COMPOSE.path("services").forEach(service -> service.path("ports")
                .forEach(port -> assertThat(hostPorts.add(hostPort(port.asText()))).as(port.asText()).isTrue()));
        for (String name : ComposeFile.SERVICES) {
            JsonNode service = COMPOSE.path("services").path(name);
            String port = service.path("environment").path("QUARKUS_HTTP_PORT").asText();
            assertThat(port).as(name).isEqualTo(property(name, "quarkus.http.port"));
            assertThat(service.path("ports").get(0).asText()).as(name).isEqualTo(port + ":" + port);
            assertThat(service.path("healthcheck").path("test").toString()).as(name)
                    .contains("/dev/tcp/127.0.0.1/$${QUARKUS_HTTP_PORT}").contains("GET /q/health/ready");
        }
    }

    @Test
    void alertEmailsGoToMailpit() {
        JsonNode environment = COMPOSE.path("services").path("alerting-service").path("environment");
        assertThat(environment.path("SMTP_HOST").asText()).isEqualTo("${SMTP_HOST:-mailpit}");
        assertThat(environment.path("SMTP_PORT").asText()).isEqualTo("${SMTP_PORT:-1025}");
        assertThat(COMPOSE.path("services").path("mailpit").path("image").asText()).startsWith("axllent/mailpit:");
    }

    @Test
    void everyEnvironmentVariableGivenToAServiceIsOneItReads() {
        for (String name : ComposeFile.SERVICES) {
            Properties configuration = configuration(name);
            Set<String> placeholders = new HashSet<>();
            configuration.values().forEach(value -> {
                Matcher matcher = PLACEHOLDER.matcher(value.toString());
                while (matcher.find()) {
                    placeholders.add(matcher.group(1));
                }
            });
            List<String> unread = new ArrayList<>();
            COMPOSE.path("services").path(name).path("environment").fieldNames().forEachRemaining(variable -> {
                if (!placeholders.contains(variable) && !configuresAQuarkusGroup(variable, configuration)) {
                    unread.add(variable);
                }
            });
            assertThat(unread).as("environment of %s that it does not read", name).isEmpty();
        }
    }

    /**
     * {@code QUARKUS_OIDC_TOKEN_ISSUER} is {@code quarkus.oidc.token.issuer}: read where the service
     * configures that property or another of its group ({@code quarkus.oidc.token.audience}).
     */
    private static boolean configuresAQuarkusGroup(String variable, Properties configuration) {
        if (!variable.startsWith("QUARKUS_")) {
            return false;
        }
        String property = variable.toLowerCase(Locale.ROOT).replace('_', '.');
        String group = property.substring(0, property.lastIndexOf('.') + 1);
        return configuration.stringPropertyNames().stream().map(key -> key.replace('-', '.'))
                .anyMatch(key -> key.equals(property) || key.startsWith(group));
    }

    /** What a service reads: its application.properties and the shared service-support configuration. */
    private static Properties configuration(String service) {
        Properties properties = new Properties();
        load(properties, ComposeFile.ROOT.resolve(service).resolve("src/main/resources/application.properties"));
        load(properties, ComposeFile.ROOT.resolve("service-support/src/main/resources/META-INF/microprofile-config.properties"));
        return properties;
    }

    private static String property(String service, String key) {
        return configuration(service).getProperty(key);
    }

    private static void load(Properties properties, Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }

    private static String hostPort(String mapping) {
        String[] parts = mapping.split(":");
        return parts[parts.length - 2];
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
