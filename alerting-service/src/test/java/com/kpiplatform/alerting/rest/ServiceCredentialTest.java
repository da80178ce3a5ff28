package com.kpiplatform.alerting.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.kpiplatform.alerting.domain.cycle.Trigger;
import com.kpiplatform.alerting.service.evaluation.EvaluationRunner;
import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The scheduled cycle, which has no user behind it, calls both neighbours with the
 * alerting-service's own client-credentials token, carrying only the roles those calls need.
 */
@QuarkusTest
@ConnectWireMock
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class ServiceCredentialTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    WireMock wiremock;

    @Inject
    EvaluationRunner runner;

    @Test
    void theScheduledCycleCallsTheNeighboursWithTheServicesOwnToken() throws Exception {
        wiremock.resetMappings();
        wiremock.resetRequests();
        Neighbours neighbours = new Neighbours(wiremock);
        neighbours.kpi("ops.credential." + UUID.randomUUID().toString().substring(0, 8), "HIGHER_IS_BETTER", "LAST", 10,
                Instant.now()).value(Instant.now().toString().substring(0, 7), 20);
        neighbours.publish();

        assertThat(runner.run(Trigger.SCHEDULED)).isPresent();

        List<LoggedRequest> calls = wiremock.find(anyRequestedFor(anyUrl()));
        assertThat(calls).extracting(LoggedRequest::getUrl).anyMatch(url -> url.startsWith(Neighbours.VIEW))
                .anyMatch(url -> url.startsWith(Neighbours.ACTUALS));
        for (LoggedRequest call : calls) {
            String authorization = call.getHeader("Authorization");
            assertThat(authorization).as(call.getUrl()).startsWith("Bearer ");
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(authorization.substring(7).split("\\.")[1]));
            assertThat(claims.path("azp").asText()).isEqualTo("alerting-service");
            assertThat(JSON.convertValue(claims.path("groups"), List.class))
                    .containsExactlyInAnyOrder("kpis:read", "measurements:read");
        }
    }
}
