package com.kpiplatform.alerting.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.kpiplatform.alerting.domain.cycle.Trigger;
import com.kpiplatform.alerting.service.evaluation.EvaluationRunner;
import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.RowCounts;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * With a wrong client secret the service gets no credential: the cycle fails loudly (recorded
 * FAILED, with a reason that names the credential), calls no neighbour, and changes no alert.
 */
@QuarkusTest
@ConnectWireMock
@TestProfile(RefusedServiceCredentialTest.WrongSecret.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class RefusedServiceCredentialTest {

    public static class WrongSecret implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc-client.credentials.secret", "not-the-secret");
        }
    }

    WireMock wiremock;

    @Inject
    EvaluationRunner runner;

    @Inject
    DataSource dataSource;

    @Test
    void aRefusedCredentialFailsTheCycleWithTheReasonAndChangesNoAlert() {
        wiremock.resetMappings();
        wiremock.resetRequests();
        Neighbours neighbours = new Neighbours(wiremock);
        neighbours.kpi("ops.refused", "HIGHER_IS_BETTER", "LAST", 100, Instant.now())
                .value(Instant.now().toString().substring(0, 7), 1);
        neighbours.publish();
        Map<String, Long> before = RowCounts.of(dataSource, "alert", "alert_event", "delivery");

        runner.run(Trigger.SCHEDULED);

        given().queryParam("status", "FAILED").get("/api/v1/evaluations").then().statusCode(200)
                .body("items[0].trigger", equalTo("SCHEDULED"))
                .body("items[0].error", containsString("could not get its own credential"));
        assertThat(wiremock.find(anyRequestedFor(anyUrl()))).isEmpty();
        assertThat(RowCounts.of(dataSource, "alert", "alert_event", "delivery")).isEqualTo(before);
    }
}
