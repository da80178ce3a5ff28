package com.kpiplatform.measurement.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.kpiplatform.measurement.rest.KpiCatalogStub.uniqueKey;
import static com.kpiplatform.measurement.rest.Measurements.measurement;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.kpiplatform.measurement.client.KpiDefinitionClient;
import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.RowCounts;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kpi-definition-service is down: known KPIs keep working, never-seen ones get 503 and nothing is stored. */
@QuarkusTest
@ConnectWireMock
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class CatalogOutageTest {

    // Rollups derive from these two and change in the background as deltas are merged.
    private static final String[] TABLES = {"measurement", "ingest_batch"};

    WireMock wiremock;

    @Inject
    DataSource dataSource;

    @Inject
    KpiDefinitionClient client;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @AfterEach
    void restoreCatalog() {
        KpiCatalogStub.restore(wiremock, client);
    }

    @Test
    void knownKpisKeepWorkingAndANeverSeenKpiGets503WithNothingStored() {
        String known = KpiCatalogStub.kpi(wiremock, uniqueKey("outage.known"), "SUM");
        String unseen = uniqueKey("outage.unseen");
        Measurements.store(List.of(measurement(known, "2025-08-01T00:00:00Z", 1)));
        wiremock.register(post(urlEqualTo("/api/v1/kpi-lookup")).willReturn(aResponse().withStatus(500)));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().contentType(ContentType.JSON).body(List.of(measurement(known, "2025-08-02T00:00:00Z", 2)))
                        .when().post("/api/v1/measurements/batch")
                        .then().statusCode(200));
        Map<String, Long> before = RowCounts.of(dataSource, TABLES);

        given().contentType(ContentType.JSON)
                .body(List.of(measurement(known, "2025-08-03T00:00:00Z", 3), measurement(unseen, "2025-08-03T00:00:00Z", 3)))
                .when().post("/api/v1/measurements/batch")
                .then().statusCode(503)
                .header("Retry-After", "10")
                .contentType("application/problem+json")
                .body("type", equalTo("urn:kpi-platform:problem:service-unavailable"))
                .body("detail", containsString(unseen))
                .body("detail", containsString("Nothing was stored"));
        given().contentType(ContentType.JSON).body(measurement(unseen, "2025-08-03T00:00:00Z", 3))
                .when().post("/api/v1/measurements")
                .then().statusCode(503).header("Retry-After", "10");

        assertThat(RowCounts.of(dataSource, TABLES)).isEqualTo(before);
        given().queryParam("period", "2025-08").get("/api/v1/kpis/" + known + "/actual")
                .then().statusCode(200).body("value", equalTo(3));
    }

    @Test
    void requestsWithImpossibleKeysNeverOpenTheBreakerForEverybodyElse() {
        // The kpi-definition-service refuses a lookup of a key no KPI can have, as its validation does.
        wiremock.register(post(urlEqualTo("/api/v1/kpi-lookup")).withRequestBody(containing("Bad Key")).atPriority(1)
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\": 400, \"title\": \"Invalid request\"}")));
        for (int i = 0; i < 25; i++) {
            given().queryParam("period", "2025-08").get("/api/v1/kpis/Bad Key " + i + "/actual")
                    .then().statusCode(404).contentType("application/problem+json");
            given().contentType(ContentType.JSON).body(measurement("Bad Key " + i, "2025-08-03T00:00:00Z", 1))
                    .when().post("/api/v1/measurements")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        String fresh = KpiCatalogStub.kpi(wiremock, uniqueKey("breaker.fresh"), "SUM");
        Map<String, Long> before = RowCounts.of(dataSource, TABLES);

        given().contentType(ContentType.JSON).body(measurement(fresh, "2025-08-03T00:00:00Z", 3))
                .when().post("/api/v1/measurements")
                .then().statusCode(200);

        assertThat(RowCounts.of(dataSource, TABLES).get("measurement")).isEqualTo(before.get("measurement") + 1);
        wiremock.verifyThat(0, postRequestedFor(urlEqualTo("/api/v1/kpi-lookup")).withRequestBody(containing("Bad Key")));
    }
}
