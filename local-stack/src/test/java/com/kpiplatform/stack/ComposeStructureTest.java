package com.kpiplatform.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml's structure, checked without a Docker engine (none runs here): every
 * container has a health check and starts only when what it needs is healthy, each service answers
 * on the port it publishes and is checked on its own readiness, alert emails go to Mailpit, and
 * every environment variable given to a service is one that service reads.
 */
class ComposeStructureTest {

    private static final JsonNode COMPOSE = ComposeFile.read();

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
            ServiceConfiguration configuration = ServiceConfiguration.of(name);
            List<String> unread = new ArrayList<>();
            COMPOSE.path("services").path(name).path("environment").fieldNames().forEachRemaining(variable -> {
                if (!configuration.reads(variable)) {
                    unread.add(variable);
                }
            });
            assertThat(unread).as("environment of %s that it does not read", name).isEmpty();
        }
    }

    private static String property(String service, String key) {
        return ServiceConfiguration.of(service).property(key);
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
