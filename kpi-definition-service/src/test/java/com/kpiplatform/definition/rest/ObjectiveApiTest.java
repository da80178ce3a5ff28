package com.kpiplatform.definition.rest;

import static com.kpiplatform.definition.rest.KpiFixtures.uniqueKey;
import static com.kpiplatform.definition.rest.OkrFixtures.AFTER_Q4;
import static com.kpiplatform.definition.rest.OkrFixtures.MID_Q4;
import static com.kpiplatform.definition.rest.OkrFixtures.alignedTo;
import static com.kpiplatform.definition.rest.OkrFixtures.checkIn;
import static com.kpiplatform.definition.rest.OkrFixtures.createKeyResult;
import static com.kpiplatform.definition.rest.OkrFixtures.createObjective;
import static com.kpiplatform.definition.rest.OkrFixtures.keyResult;
import static com.kpiplatform.definition.rest.OkrFixtures.objective;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.kpiplatform.testsupport.PostgresTestResource;
import com.kpiplatform.testsupport.security.DevIssuerResource;
import com.kpiplatform.testsupport.security.DevTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Objectives, key results and check-ins over HTTP: lifecycle, progress, status, frozen periods, alignment. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(DevIssuerResource.class)
class ObjectiveApiTest extends AtMidQuarter {


    @Test
    void createsAnObjectiveWithItsPeriodInItsTimeZone() {
        String team = uniqueKey("okr");
        given().contentType(ContentType.JSON).auth().oauth2(DevTokens.person("ana.lima@example.com", List.of("admin"), List.of())).body(objective(team))
                .when().post("/api/v1/objectives")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/objectives/"))
                .header("ETag", equalTo("\"0\""))
                .body("period", equalTo("2026-Q4"))
                .body("periodStart", equalTo("2026-09-30T22:00:00Z"))
                .body("periodEnd", equalTo("2026-12-31T23:00:00Z"))
                .body("closed", equalTo(false))
                .body("owner.team", equalTo(team))
                .body("state", equalTo("ACTIVE"))
                .body("progress", nullValue())
                .body("expectedProgress", equalTo(0.5f))
                .body("status", equalTo("NO_KEY_RESULTS"))
                .body("keyResults", empty())
                .body("createdBy.name", equalTo("ana.lima@example.com"));
    }

    @Test
    void aTimeZoneDefaultsToUtc() {
        Map<String, Object> objective = objective(uniqueKey("okr"));
        objective.remove("timeZone");
        long id = createObjective(objective);

        given().get("/api/v1/objectives/" + id).then().statusCode(200)
                .body("timeZone", equalTo("UTC"))
                .body("periodStart", equalTo("2026-10-01T00:00:00Z"));
    }

    @Test
    void progressIsTheWeightedMeanAndDecreasingKeyResultsProgressAsTheyFall() {
        long objective = createObjective(objective(uniqueKey("okr")));
        Map<String, Object> churn = keyResult(200, 100);
        long decreasing = createKeyResult(objective, churn);
        Map<String, Object> deals = keyResult(0, 30);
        deals.put("weight", 3);
        long increasing = createKeyResult(objective, deals);
        checkIn(decreasing, 150, 8);
        checkIn(increasing, 6, null);

        given().get("/api/v1/objectives/" + objective).then().statusCode(200)
                .body("keyResults.id", contains((int) decreasing, (int) increasing))
                .body("keyResults[0].source", equalTo("CHECK_IN"))
                .body("keyResults[0].current", equalTo(150))
                .body("keyResults[0].confidence", equalTo(8))
                .body("keyResults[0].progress", equalTo(0.5f))
                .body("keyResults[0].status", equalTo("ON_TRACK"))
                .body("keyResults[1].progress", equalTo(0.2f))
                .body("keyResults[1].status", equalTo("OFF_TRACK"))
                .body("progress", equalTo(0.275f))
                .body("status", equalTo("OFF_TRACK"))
                .body("stale", equalTo(false));
    }

    @Test
    void progressIsClampedAndALowConfidenceMakesAKeyResultAtRisk() {
        long objective = createObjective(objective(uniqueKey("okr")));
        long overshot = createKeyResult(objective, keyResult(8, 5));
        long unsure = createKeyResult(objective, keyResult(0, 10));
        checkIn(overshot, 4, 9);
        checkIn(unsure, 5, 5);

        given().get("/api/v1/objectives/" + objective).then()
                .body("keyResults[0].progress", equalTo(1.0f))
                .body("keyResults[0].status", equalTo("ON_TRACK"))
                .body("keyResults[1].progress", equalTo(0.5f))
                .body("keyResults[1].status", equalTo("AT_RISK"))
                .body("status", equalTo("AT_RISK"));
    }

    @Test
    void aKeyResultWithoutCheckInsHasNoProgressYet() {
        long objective = createObjective(objective(uniqueKey("okr")));
        long keyResult = createKeyResult(objective, keyResult(0, 10));

        given().get("/api/v1/key-results/" + keyResult).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("current", nullValue())
                .body("progress", equalTo(0.0f))
                .body("reason", equalTo("no check-in yet"))
                .body("status", equalTo("OFF_TRACK"));
    }

    @Test
    void checkInsAreListedNewestFirstWithTheirAuthor() {
        long objective = createObjective(objective(uniqueKey("okr")));
        long keyResult = createKeyResult(objective, keyResult(0, 10));
        given().contentType(ContentType.JSON).auth().oauth2(DevTokens.person("ana.lima@example.com", List.of("admin"), List.of()))
                .body(Map.of("value", 2, "confidence", 7, "note", "first deals"))
                .post("/api/v1/key-results/" + keyResult + "/check-ins")
                .then().statusCode(201).header("Location", containsString("/check-ins/"))
                .body("checkedInBy.name", equalTo("ana.lima@example.com"))
                .body("checkedInAt", equalTo(MID_Q4.toString()));
        clock.set(MID_Q4.plusSeconds(3600));
        checkIn(keyResult, 4, 6);

        given().get("/api/v1/key-results/" + keyResult + "/check-ins").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.value", contains(4, 2))
                .body("items[1].note", equalTo("first deals"));
        given().get("/api/v1/key-results/" + keyResult).then().body("current", equalTo(4)).body("confidence", equalTo(6));
    }

    @Test
    void aClosedPeriodFreezesProgressAndRefusesChanges() {
        long objective = createObjective(objective(uniqueKey("okr")));
        long keyResult = createKeyResult(objective, keyResult(0, 10));
        checkIn(keyResult, 6, 7);
        clock.set(AFTER_Q4);

        given().contentType(ContentType.JSON).body(Map.of("value", 10))
                .post("/api/v1/key-results/" + keyResult + "/check-ins")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("closed"));
        given().contentType(ContentType.JSON).body(keyResult(0, 10))
                .post("/api/v1/objectives/" + objective + "/key-results").then().statusCode(409);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(keyResult(0, 6))
                .put("/api/v1/key-results/" + keyResult).then().statusCode(409);
        given().delete("/api/v1/key-results/" + keyResult).then().statusCode(409);

        given().get("/api/v1/objectives/" + objective).then()
                .body("closed", equalTo(true))
                .body("expectedProgress", equalTo(1.0f))
                .body("progress", equalTo(0.6f))
                .body("keyResults[0].frozen", equalTo(true))
                .body("status", equalTo("OFF_TRACK"));
    }

    @Test
    void aClosedObjectiveKeepsItsPeriodButItsWordsMayChange() {
        Map<String, Object> body = objective(uniqueKey("okr"));
        long objective = createObjective(body);
        clock.set(AFTER_Q4);

        body.put("period", "2027-Q1");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/objectives/" + objective).then().statusCode(409);
        body.put("period", "2026-Q4");
        body.put("title", "Clearer title");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/objectives/" + objective).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("title", equalTo("Clearer title"));
    }

    @Test
    void updatesNeedTheCurrentVersion() {
        Map<String, Object> body = objective(uniqueKey("okr"));
        long objective = createObjective(body);
        body.put("title", "Second title");

        given().contentType(ContentType.JSON).body(body).put("/api/v1/objectives/" + objective).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/objectives/" + objective).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/objectives/" + objective).then().statusCode(412);

        long keyResult = createKeyResult(objective, keyResult(0, 10));
        given().contentType(ContentType.JSON).body(keyResult(0, 20)).put("/api/v1/key-results/" + keyResult)
                .then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(keyResult(0, 20))
                .put("/api/v1/key-results/" + keyResult).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("target", equalTo(20));
    }

    @Test
    void listsFilterByPeriodTeamLevelParentStateAndStatus() {
        String team = uniqueKey("okr");
        long parent = createObjective(objective(team));
        Map<String, Object> yearly = alignedTo(parent, objective(team));
        yearly.put("period", "2026");
        yearly.put("level", "INDIVIDUAL");
        long child = createObjective(yearly);
        long archived = createObjective(objective(team));
        given().delete("/api/v1/objectives/" + archived).then().statusCode(204);
        long onTrack = createKeyResult(parent, keyResult(0, 10));
        checkIn(onTrack, 9, 9);

        given().queryParam("ownerTeam", team).get("/api/v1/objectives").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", contains((int) parent, (int) child));
        given().queryParams(Map.of("ownerTeam", team, "period", "2026")).get("/api/v1/objectives").then()
                .body("items.id", contains((int) child));
        given().queryParams(Map.of("ownerTeam", team, "level", "INDIVIDUAL")).get("/api/v1/objectives").then()
                .body("items.id", contains((int) child));
        given().queryParam("parentId", parent).get("/api/v1/objectives").then().body("items.id", contains((int) child));
        given().queryParams(Map.of("ownerTeam", team, "state", "ARCHIVED")).get("/api/v1/objectives").then()
                .body("items.id", contains((int) archived));
        given().queryParams(Map.of("ownerTeam", team, "state", "ALL")).get("/api/v1/objectives").then()
                .body("total", equalTo(3));
        given().queryParams(Map.of("ownerTeam", team, "status", "ON_TRACK")).get("/api/v1/objectives").then()
                .body("total", equalTo(1)).body("items.id", contains((int) parent));
        given().queryParams(Map.of("ownerTeam", team, "status", "NO_KEY_RESULTS", "size", 1)).get("/api/v1/objectives")
                .then().body("total", equalTo(1)).body("items.id", contains((int) child));
        given().queryParam("status", "GREEN").get("/api/v1/objectives").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @ParameterizedTest(name = "period={0}")
    @ValueSource(strings = {"2026-Q9", "2026-12", "2026-H3", "Q4-2026"})
    void aMalformedPeriodFilterIsRejectedWithTheExpectedFormats(String period) {
        given().queryParam("period", period).get("/api/v1/objectives").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("period"))
                .body("errors[0].message", equalTo("must be a quarter (2026-Q4), a half year (2026-H1) or a year (2026)"));
    }

    @Test
    void aHalfYearOrBlankPeriodFilterIsAccepted() {
        String team = uniqueKey("okr");
        Map<String, Object> firstHalf = objective(team);
        firstHalf.put("period", "2026-H1");
        long objective = createObjective(firstHalf);

        given().queryParams(Map.of("ownerTeam", team, "period", "2026-H1")).get("/api/v1/objectives").then()
                .statusCode(200).body("items.id", contains((int) objective));
        given().queryParams(Map.of("ownerTeam", team, "period", " ")).get("/api/v1/objectives").then()
                .statusCode(200).body("items.id", contains((int) objective));
    }

    @Test
    void archivedObjectivesAreReadOnlyUntilRestored() {
        Map<String, Object> body = objective(uniqueKey("okr"));
        long objective = createObjective(body);
        long keyResult = createKeyResult(objective, keyResult(0, 10));
        given().delete("/api/v1/objectives/" + objective).then().statusCode(204);
        given().delete("/api/v1/objectives/" + objective).then().statusCode(204);

        given().get("/api/v1/objectives/" + objective).then().body("state", equalTo("ARCHIVED"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body)
                .put("/api/v1/objectives/" + objective).then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("value", 3))
                .post("/api/v1/key-results/" + keyResult + "/check-ins").then().statusCode(409);

        given().post("/api/v1/objectives/" + objective + "/restore").then().statusCode(200).body("state", equalTo("ACTIVE"));
        checkIn(keyResult, 3, null);
    }

    @Test
    void theTreeShowsEveryAlignedObjectiveWithItsProgress() {
        String team = uniqueKey("okr");
        long company = createObjective(objective(team));
        long sales = createObjective(alignedTo(company, objective(team)));
        long rep = createObjective(alignedTo(sales, objective(team)));
        long support = createObjective(alignedTo(company, objective(team)));
        long repResult = createKeyResult(rep, keyResult(0, 4));
        checkIn(repResult, 1, null);

        given().get("/api/v1/objectives/" + company + "/tree").then().statusCode(200)
                .body("objective.id", equalTo((int) company))
                .body("children.objective.id", contains((int) sales, (int) support))
                .body("children[0].children.objective.id", contains((int) rep))
                .body("children[0].children[0].objective.progress", equalTo(0.25f))
                .body("children[0].children[0].children", empty())
                .body("children[1].children", empty());
        given().get("/api/v1/objectives/" + sales + "/tree").then()
                .body("objective.id", equalTo((int) sales)).body("children.objective.id", contains((int) rep));
        given().get("/api/v1/objectives/999999999/tree").then().statusCode(404);
    }

    @Test
    void alignmentCyclesAreRejectedDirectAndIndirect() {
        String team = uniqueKey("okr");
        Map<String, Object> top = objective(team);
        long a = createObjective(top);
        long b = createObjective(alignedTo(a, objective(team)));
        long c = createObjective(alignedTo(b, objective(team)));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(alignedTo(c, top))
                .put("/api/v1/objectives/" + a).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("parentId"))
                .body("errors[0].message", containsString(a + " → " + c + " → " + b + " → " + a));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(alignedTo(a, top))
                .put("/api/v1/objectives/" + a).then().statusCode(400)
                .body("errors[0].message", containsString(a + " → " + a));

        given().get("/api/v1/objectives/" + a).then().body("parentId", nullValue()).body("version", equalTo(0));
    }

    @Test
    void checkInsAreForKeyResultsWithoutAKpi() {
        String kpi = KpiFixtures.create(KpiFixtures.kpi(uniqueKey("okr.kpi")));
        long objective = createObjective(objective(uniqueKey("okr")));
        Map<String, Object> linked = keyResult(0, 100);
        linked.put("kpiKey", kpi);
        long keyResult = createKeyResult(objective, linked);

        given().contentType(ContentType.JSON).body(Map.of("value", 3))
                .post("/api/v1/key-results/" + keyResult + "/check-ins").then().statusCode(409)
                .body("detail", containsString(kpi));
    }

    @Test
    void anObjectiveHoldsALimitedNumberOfKeyResults() {
        long objective = createObjective(objective(uniqueKey("okr")));
        for (int i = 0; i < 3; i++) {
            createKeyResult(objective, keyResult(0, 10 + i));
        }

        given().contentType(ContentType.JSON).body(keyResult(0, 99))
                .post("/api/v1/objectives/" + objective + "/key-results").then().statusCode(409)
                .body("detail", containsString("3 key results"));
    }

    @Test
    void removingAKeyResultRemovesItsCheckIns() {
        long objective = createObjective(objective(uniqueKey("okr")));
        long keyResult = createKeyResult(objective, keyResult(0, 10));
        checkIn(keyResult, 5, null);

        given().delete("/api/v1/key-results/" + keyResult).then().statusCode(204);

        given().get("/api/v1/key-results/" + keyResult).then().statusCode(404);
        given().get("/api/v1/key-results/" + keyResult + "/check-ins").then().statusCode(404);
        given().get("/api/v1/objectives/" + objective + "/key-results").then().statusCode(200).body("items", empty());
    }

    @Test
    void keyResultLocationsPointAtTheKeyResult() {
        long objective = createObjective(objective(uniqueKey("okr")));

        given().contentType(ContentType.JSON).body(keyResult(0, 10))
                .post("/api/v1/objectives/" + objective + "/key-results").then().statusCode(201)
                .header("Location", endsWith("/api/v1/key-results/" + given().get("/api/v1/objectives/" + objective)
                        .jsonPath().getLong("keyResults[0].id")))
                .body("objectiveId", equalTo((int) objective));
    }
}
