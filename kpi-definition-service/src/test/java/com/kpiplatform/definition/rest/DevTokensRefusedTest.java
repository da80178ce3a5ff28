package com.kpiplatform.definition.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import com.kpiplatform.testsupport.security.DevTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A deployment that does not allow development tokens (every prod deployment) refuses them, however well signed. */
@QuarkusTest
@TestProfile(DevTokensRefusedTest.Production.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class DevTokensRefusedTest {

    public static class Production implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kpi-platform.security.dev-tokens-allowed", "false");
        }
    }

    @Test
    void aDevelopmentTokenIsRefusedWithTheReason() {
        given().noFilters().header("Authorization", "Bearer " + DevTokens.admin()).get("/api/v1/kpis").then()
                .statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("invalid_token"))
                .body("detail", containsString("development issuer"));
    }
}
