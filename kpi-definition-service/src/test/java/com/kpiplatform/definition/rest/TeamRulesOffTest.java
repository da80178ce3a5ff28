package com.kpiplatform.definition.rest;

import static com.kpiplatform.definition.rest.KpiFixtures.kpi;
import static com.kpiplatform.definition.rest.KpiFixtures.owner;
import static com.kpiplatform.definition.rest.KpiFixtures.uniqueKey;
import static io.restassured.RestAssured.given;

import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import com.kpiplatform.testsupport.security.DevTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A deployment that switches the object-level rules off: an editor changes any team's KPIs; roles still hold. */
@QuarkusTest
@TestProfile(TeamRulesOffTest.RulesOff.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class TeamRulesOffTest {

    public static class RulesOff implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kpi-platform.security.team-rules", "false");
        }
    }

    @Test
    void anEditorChangesAnotherTeamsKpiButAViewerStillCannot() {
        Map<String, Object> support = kpi(uniqueKey("support.off"));
        owner(support).put("team", "support");
        String key = KpiFixtures.create(support);

        given().noFilters().auth().oauth2(DevTokens.editor("sales")).contentType(ContentType.JSON)
                .body(Map.of("target", 5)).put("/api/v1/kpis/" + key + "/targets/2026-11").then().statusCode(201);
        given().noFilters().auth().oauth2(DevTokens.viewer()).contentType(ContentType.JSON)
                .body(Map.of("target", 6)).put("/api/v1/kpis/" + key + "/targets/2026-11").then().statusCode(403);
    }
}
