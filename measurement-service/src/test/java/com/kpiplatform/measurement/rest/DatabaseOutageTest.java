package com.kpiplatform.measurement.rest;

import static com.kpiplatform.measurement.rest.KpiCatalogStub.uniqueKey;
import static com.kpiplatform.measurement.rest.Measurements.measurement;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.kpiplatform.testsupport.DatabaseOutage;
import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * While the database is down, writes and reads answer 503 with Retry-After, also for an API key
 * that cannot be checked (never 401); afterwards they work again.
 */
@QuarkusTest
@ConnectWireMock
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class DatabaseOutageTest {

    WireMock wiremock;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void anOutageIsA503WithRetryAfterAndNothingIsLost() {
        String key = KpiCatalogStub.kpi(wiremock, uniqueKey("db.outage"), "SUM");
        Measurements.store(List.of(measurement(key, "2025-09-01T00:00:00Z", 1)));
        String apiKey = given().contentType(ContentType.JSON)
                .body(Map.of("name", "outage", "scopes", List.of("measurements:write"))).post("/api/v1/api-keys")
                .then().statusCode(201).extract().path("secret");

        try (DatabaseOutage outage = DatabaseOutage.begin()) {
            given().noFilters().header("X-API-Key", apiKey).header("X-Request-Id", "outage-single-1")
                    .contentType(ContentType.JSON)
                    .body(measurement(key, "2025-09-03T00:00:00Z", 4)).post("/api/v1/measurements")
                    .then().statusCode(503).header("Retry-After", "5").contentType("application/problem+json")
                    .header("X-Request-Id", "outage-single-1").body("requestId", equalTo("outage-single-1"));
            given().contentType(ContentType.JSON).body(List.of(measurement(key, "2025-09-02T00:00:00Z", 2)))
                    .when().post("/api/v1/measurements/batch")
                    .then().statusCode(503).header("Retry-After", "5")
                    .contentType("application/problem+json");
            // the group commit fails on its writer thread; the answer still names the request
            given().header("X-Request-Id", "outage-single-2").contentType(ContentType.JSON)
                    .body(measurement(key, "2025-09-03T00:00:00Z", 4))
                    .when().post("/api/v1/measurements")
                    .then().statusCode(503).header("Retry-After", "5").body("requestId", equalTo("outage-single-2"));
            given().queryParam("period", "2025-09").get("/api/v1/kpis/" + key + "/actual")
                    .then().statusCode(503).header("Retry-After", "5");
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().contentType(ContentType.JSON).body(measurement(key, "2025-09-03T00:00:00Z", 4))
                        .when().post("/api/v1/measurements")
                        .then().statusCode(200));
        given().queryParam("period", "2025-09").get("/api/v1/kpis/" + key + "/actual")
                .then().statusCode(200).body("value", equalTo(5)).body("count", equalTo(2));
    }
}
