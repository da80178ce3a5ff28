package com.kpiplatform.alerting.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.fuzz.OpenApiFuzzContract;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/**
 * The OpenAPI-driven fuzz test, with both neighbours answering, an off-track KPI whose alert has
 * fired, and a Slack channel subscribed to it.
 */
@QuarkusTest
@ConnectWireMock
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
@WithTestResource(SmtpTestResource.class)
class FuzzTest extends OpenApiFuzzContract {

    WireMock wiremock;

    private String kpi;
    private List<String> ids;

    @BeforeEach
    void somethingToFuzz() {
        wiremock.resetMappings();
        wiremock.register(post(urlEqualTo("/fuzz-slack")).willReturn(ok()));
        Neighbours neighbours = new Neighbours(wiremock);
        kpi = Deliveries.unique("fuzz.kpi");
        Neighbours.Kpi offTrack = neighbours.kpi(kpi, "HIGHER_IS_BETTER", "LAST", 100, Instant.now());
        offTrack.value(offTrack.currentPeriod(), 50);
        neighbours.publish();
        long channel = Deliveries.slackChannel("/fuzz-slack");
        long subscription = Deliveries.subscribe(channel, Map.of());
        long evaluation = runEvaluation();
        runEvaluation();
        long alert = given().queryParam("subject", kpi).get("/api/v1/alerts").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        ids = List.of(Long.toString(channel), Long.toString(subscription), Long.toString(evaluation), Long.toString(alert));
    }

    private static long runEvaluation() {
        return given().post("/api/v1/evaluations/run").then().statusCode(200).extract().jsonPath().getLong("id");
    }

    @Override
    protected String serviceName() {
        return "alerting-service";
    }

    @Override
    protected Map<String, List<String>> knownPathValues() {
        return Map.of("key", List.of(kpi), "id", ids);
    }

    /** A cycle reads both neighbours: no breaker may have opened on the way. */
    @Override
    protected void aValidRequestStillSucceeds() {
        runEvaluation();
    }
}
