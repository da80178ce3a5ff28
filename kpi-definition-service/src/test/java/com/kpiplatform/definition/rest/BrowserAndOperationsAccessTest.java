package com.kpiplatform.definition.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The defaults: no browser origin may call the API (CORS), and health, metrics and the OpenAPI
 * document stay open to scrapers and code generators.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class BrowserAndOperationsAccessTest {

    @Test
    void noOriginIsAllowedByDefault() {
        given().noFilters().header("Origin", "https://dashboard.example.com")
                .header("Access-Control-Request-Method", "GET").options("/api/v1/kpis")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void healthMetricsAndTheDocumentAreOpenByDefault() {
        given().noFilters().get("/q/health/ready").then().statusCode(200);
        given().noFilters().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
        given().noFilters().get("/q/openapi").then().statusCode(200).body(containsString("securitySchemes"));
    }
}
