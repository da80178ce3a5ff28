package com.kpiplatform.definition.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import com.kpiplatform.testsupport.security.DevTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A deployment that lists its dashboard's origin (CORS_ORIGINS) and closes metrics and the OpenAPI
 * document to anonymous callers (METRICS_ACCESS, OPENAPI_ACCESS=authenticated); health stays open.
 */
@QuarkusTest
@TestProfile(ClosedOperationsAccessTest.Closed.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class ClosedOperationsAccessTest {

    static final String DASHBOARD = "https://dashboard.example.com";

    public static class Closed implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.origins", DASHBOARD,
                    "quarkus.http.auth.permission.metrics.policy", "authenticated",
                    "quarkus.http.auth.permission.openapi.policy", "authenticated");
        }
    }

    @Test
    void theListedOriginPassesThePreflightAndOthersDoNot() {
        given().noFilters().header("Origin", DASHBOARD).header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .options("/api/v1/kpis/sales.mrr").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(DASHBOARD))
                .header("Access-Control-Allow-Headers", containsString("authorization"));
        given().noFilters().header("Origin", "https://evil.example.com").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/kpis").then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void metricsAndTheDocumentNeedCredentialsHealthDoesNot() {
        given().noFilters().get("/q/metrics").then().statusCode(401);
        given().noFilters().get("/q/openapi").then().statusCode(401);
        given().noFilters().get("/q/health/ready").then().statusCode(200);
        given().noFilters().auth().oauth2(DevTokens.viewer()).get("/q/metrics").then().statusCode(200);
    }
}
