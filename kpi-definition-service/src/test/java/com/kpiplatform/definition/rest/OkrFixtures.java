package com.kpiplatform.definition.rest;

import static io.restassured.RestAssured.given;

import com.kpiplatform.testsupport.security.DevTokens;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Valid objectives, key results and check-ins, and shortcuts to create them over HTTP. */
final class OkrFixtures {

    /** Halfway through 2026-Q4 in Europe/Berlin (2026-09-30T22:00Z to 2026-12-31T23:00Z). */
    static final Instant MID_Q4 = Instant.parse("2026-11-15T22:30:00Z");
    /** A few days after 2026-Q4 ended. */
    static final Instant AFTER_Q4 = Instant.parse("2027-01-05T12:00:00Z");

    private OkrFixtures() {
    }

    /** A valid objective for 2026-Q4 in Europe/Berlin, owned by the team. */
    static Map<String, Object> objective(String team) {
        Map<String, Object> objective = new LinkedHashMap<>();
        objective.put("title", "Become the default choice for mid-size retailers");
        objective.put("description", "Win the segment before the competition's spring release.");
        objective.put("period", "2026-Q4");
        objective.put("timeZone", "Europe/Berlin");
        objective.put("level", "TEAM");
        objective.put("owner", new LinkedHashMap<>(Map.of("team", team, "name", "Ana Lima", "email", "ana.lima@example.com")));
        return objective;
    }

    static Map<String, Object> alignedTo(long parentId, Map<String, Object> objective) {
        objective.put("parentId", parentId);
        return objective;
    }

    /** A valid check-in driven key result. */
    static Map<String, Object> keyResult(Number start, Number target) {
        Map<String, Object> keyResult = new LinkedHashMap<>();
        keyResult.put("title", "From " + start + " to " + target);
        keyResult.put("start", start);
        keyResult.put("target", target);
        keyResult.put("unit", "count");
        return keyResult;
    }

    static long createObjective(Map<String, Object> objective) {
        return given().contentType(ContentType.JSON).auth().oauth2(DevTokens.person("fixture@example.com", List.of("admin"), List.of())).body(objective)
                .when().post("/api/v1/objectives")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long createKeyResult(long objectiveId, Map<String, Object> keyResult) {
        return given().contentType(ContentType.JSON).body(keyResult)
                .when().post("/api/v1/objectives/" + objectiveId + "/key-results")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static void checkIn(long keyResultId, Number value, Integer confidence) {
        Map<String, Object> checkIn = new LinkedHashMap<>();
        checkIn.put("value", value);
        checkIn.put("confidence", confidence);
        given().contentType(ContentType.JSON).body(checkIn)
                .when().post("/api/v1/key-results/" + keyResultId + "/check-ins")
                .then().statusCode(201);
    }
}
