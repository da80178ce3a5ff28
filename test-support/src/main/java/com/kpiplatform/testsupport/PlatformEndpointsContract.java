package com.kpiplatform.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.kpiplatform.testsupport.contract.Conformance;
import io.restassured.RestAssured;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What every service serves besides its API: readiness backed by the database, Prometheus
 * metrics, its OpenAPI document (identical to the committed one, every example in it valid) and
 * its self-description.
 */
public abstract class PlatformEndpointsContract {

    /** The service's name, as in {@code quarkus.application.name} and {@code openapi/<name>.yaml}. */
    protected abstract String serviceName();

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void isReadyWithItsDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database connections")))
                .body("checks.find { it.name.contains('Database') }.status", equalTo("UP"));
    }

    @Test
    void isNotReadyWhileItsDatabaseIsDownAndRecovers() {
        try (DatabaseOutage outage = DatabaseOutage.begin()) {
            given().when().get("/q/health/ready")
                    .then().statusCode(503)
                    .body("status", equalTo("DOWN"));
            given().when().get("/q/health/live")
                    .then().statusCode(200);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/q/health/ready")
                .then().statusCode(200));
    }

    @Test
    void isLive() {
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void exposesPrometheusMetrics() {
        given().when().get("/api/v1/info").then().statusCode(200);
        given().accept("text/plain").when().get("/q/metrics")
                .then().statusCode(200)
                .contentType(containsString("text/plain"))
                .body(containsString("# TYPE jvm_memory_used_bytes gauge"))
                .body(containsString("http_server_requests_seconds_count{"))
                .body(containsString("uri=\"/api/v1/info\""));
    }

    @Test
    void servesItsOpenApiDocument() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", notNullValue())
                .body("info.contact.email", equalTo("kpi-platform@example.com"))
                .body("servers.url", hasItem("/"));
    }

    @Test
    void committedOpenApiDocumentMatchesTheCode() {
        OpenApiDocuments.assertCommittedDocumentIsCurrent(serviceName());
    }

    @Test
    void everyExampleInTheCommittedDocumentMatchesItsSchema() {
        assertThat(Conformance.of(OpenApiDocuments.committed(serviceName())).exampleViolations()).isEmpty();
    }

    @Test
    void describesItself() {
        given().when().get("/api/v1/info")
                .then().statusCode(200)
                .body("service", equalTo(serviceName()))
                .body("apiVersion", equalTo("v1"));
    }
}
