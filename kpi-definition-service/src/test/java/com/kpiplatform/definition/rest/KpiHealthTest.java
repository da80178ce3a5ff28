package com.kpiplatform.definition.rest;

import static com.kpiplatform.definition.rest.KpiFixtures.create;
import static com.kpiplatform.definition.rest.KpiFixtures.kpi;
import static com.kpiplatform.definition.rest.KpiFixtures.uniqueKey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class KpiHealthTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void reportsEachKpisPitfallsWithCodeSeverityAndSentence() {
        String team = uniqueKey("health");
        Map<String, Object> healthy = ownedBy(team, kpi(uniqueKey("ok.kpi")));
        healthy.put("reviewEvery", "MONTHLY");
        linkToKeyResult(create(healthy));
        Map<String, Object> neglected = ownedBy(team, kpi(uniqueKey("neglected.kpi")));
        neglected.remove("defaultTarget");
        neglected.remove("staleAfter");
        neglected.remove("reviewEvery");
        KpiFixtures.owner(neglected).remove("email");
        String neglectedKey = create(neglected);

        given().queryParam("ownerTeam", team).when().get("/api/v1/kpi-health")
                .then().statusCode(200)
                .body("kpisChecked", equalTo(2))
                .body("kpis.key", contains(neglectedKey))
                .body("kpis[0].findings.code", contains("NO_CURRENT_TARGET", "NO_OWNER_CONTACT", "NO_REVIEW_CADENCE",
                        "NO_STALENESS_RULE", "NOT_LINKED"))
                .body("kpis[0].findings[0].severity", equalTo("CRITICAL"))
                .body("kpis[0].findings[0].message", containsString("not time-bound"))
                .body("findingsByCode.NO_CURRENT_TARGET", equalTo(1))
                .body("teams", empty());
    }

    @Test
    void anExplicitTargetForTheCurrentPeriodMakesAKpiTimeBound() {
        String team = uniqueKey("health");
        Map<String, Object> kpi = ownedBy(team, kpi(uniqueKey("targeted.kpi")));
        kpi.remove("defaultTarget");
        String key = linkToKeyResult(create(kpi));
        given().contentType(ContentType.JSON).body(Map.of("target", 5)).put("/api/v1/kpis/" + key + "/targets/2026-11")
                .then().statusCode(201);

        given().queryParams(Map.of("ownerTeam", team, "at", "2026-11-21T12:00:00Z")).when().get("/api/v1/kpi-health")
                .then().body("kpis", empty());
        given().queryParams(Map.of("ownerTeam", team, "at", "2026-12-21T12:00:00Z")).when().get("/api/v1/kpi-health")
                .then().body("kpis[0].findings.code", contains("NO_CURRENT_TARGET"))
                .body("kpis[0].findings[0].message", containsString("2026-12"));
    }

    @Test
    void reviewsFallOverdueAfterTheirCadence() {
        String team = uniqueKey("health");
        Map<String, Object> kpi = ownedBy(team, kpi(uniqueKey("review.kpi")));
        kpi.put("reviewEvery", "MONTHLY");
        String key = linkToKeyResult(create(kpi));
        given().contentType(ContentType.JSON).body(Map.of("reviewedAt", "2026-01-10T00:00:00Z"))
                .post("/api/v1/kpis/" + key + "/reviews").then().statusCode(201);

        given().queryParams(Map.of("ownerTeam", team, "at", "2026-02-01T00:00:00Z")).when().get("/api/v1/kpi-health")
                .then().body("kpis", empty());
        given().queryParams(Map.of("ownerTeam", team, "at", "2026-02-11T00:00:00Z")).when().get("/api/v1/kpi-health")
                .then().body("kpis[0].findings.code", contains("REVIEW_OVERDUE"))
                .body("kpis[0].findings[0].message", containsString("2026-02-10T00:00:00Z"));
    }

    @Test
    void aTeamWithTooManyKpisIsFlaggedWhateverTheLevelFilter() {
        String team = uniqueKey("busy");
        for (int i = 0; i < 4; i++) {
            create(ownedBy(team, kpi(uniqueKey("busy.kpi"))));
        }

        given().queryParams(Map.of("ownerTeam", team, "level", "INDIVIDUAL")).when().get("/api/v1/kpi-health")
                .then().statusCode(200)
                .body("kpisChecked", equalTo(0))
                .body("teams.team", contains(team))
                .body("teams[0].activeKpis", equalTo(4))
                .body("teams[0].findings.code", contains("TOO_MANY_KPIS"))
                .body("teams[0].findings[0].message", containsString("more than the 3"));
    }

    @Test
    void archivedKpisAreNotJudged() {
        String team = uniqueKey("health");
        Map<String, Object> kpi = ownedBy(team, kpi(uniqueKey("gone.kpi")));
        kpi.remove("defaultTarget");
        String key = create(kpi);
        given().delete("/api/v1/kpis/" + key).then().statusCode(204);

        given().queryParam("ownerTeam", team).when().get("/api/v1/kpi-health")
                .then().body("kpisChecked", equalTo(0)).body("kpis", empty());
    }

    @Test
    void rejectsUnknownLevels() {
        given().queryParam("level", "GALAXY").when().get("/api/v1/kpi-health")
                .then().statusCode(400).body("errors[0].field", equalTo("level"))
                .body("errors[0].message", containsString("COMPANY, TEAM, INDIVIDUAL"));
    }

    @Test
    void kpisThatServeNoActiveObjectiveAreReported() {
        String team = uniqueKey("health");
        String unlinked = create(ownedBy(team, kpi(uniqueKey("unlinked.kpi"))));
        String linked = linkToKeyResult(create(ownedBy(team, kpi(uniqueKey("linked.kpi")))));
        String viaArchived = create(ownedBy(team, kpi(uniqueKey("archived-link.kpi"))));
        long archived = OkrFixtures.createObjective(OkrFixtures.objective(team));
        OkrFixtures.createKeyResult(archived, linkedKeyResult(viaArchived));
        given().delete("/api/v1/objectives/" + archived).then().statusCode(204);
        String component = create(ownedBy(team, kpi(uniqueKey("component.kpi"))));
        Map<String, Object> calculated = ownedBy(team, kpi(uniqueKey("calculated.kpi")));
        calculated.put("formula", "[" + component + "] * 2");
        linkToKeyResult(create(calculated));

        given().queryParam("ownerTeam", team).when().get("/api/v1/kpi-health").then().statusCode(200)
                .body("kpisChecked", equalTo(5))
                .body("kpis.key", containsInAnyOrder(unlinked, viaArchived))
                .body("kpis.findings.code.flatten()", everyItem(equalTo("NOT_LINKED")))
                .body("kpis[0].findings[0].severity", equalTo("INFO"))
                .body("kpis[0].findings[0].message", containsString("serves no objective"))
                .body("kpis.key", not(hasItem(linked)));
    }

    /** Links the KPI to a key result of a new objective for this year, so that it serves an objective. */
    private static String linkToKeyResult(String kpiKey) {
        Map<String, Object> thisYear = OkrFixtures.objective(uniqueKey("okr"));
        thisYear.put("period", Integer.toString(Year.now(ZoneOffset.UTC).getValue()));
        thisYear.put("timeZone", "UTC");
        long objective = OkrFixtures.createObjective(thisYear);
        OkrFixtures.createKeyResult(objective, linkedKeyResult(kpiKey));
        return kpiKey;
    }

    private static Map<String, Object> linkedKeyResult(String kpiKey) {
        Map<String, Object> keyResult = OkrFixtures.keyResult(0, 100);
        keyResult.put("kpiKey", kpiKey);
        return keyResult;
    }

    private static Map<String, Object> ownedBy(String team, Map<String, Object> kpi) {
        KpiFixtures.owner(kpi).put("team", team);
        return kpi;
    }
}
